package io.flowkit.store.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of what the store did, for a management view: states saved, loaded and deleted,
 * and refusals by reason. Reasons are a fixed set named after the status class of the refusal, so
 * a metric tagged with them stays low in cardinality.
 */
public final class StoreCounts {

  /** The reasons a request is refused, in the order they are reported, by HTTP status. */
  private static final Map<Integer, String> REASONS = reasons();

  private final LongAdder saved = new LongAdder();
  private final LongAdder loaded = new LongAdder();
  private final LongAdder deleted = new LongAdder();
  private final Map<String, LongAdder> rejected = new LinkedHashMap<>();

  StoreCounts() {
    for (String reason : REASONS.values()) {
      rejected.put(reason, new LongAdder());
    }
    rejected.put("other", new LongAdder());
  }

  void saved(int states) {
    saved.add(states);
  }

  void loaded() {
    loaded.increment();
  }

  void deleted(int states) {
    deleted.add(states);
  }

  void rejected(int status) {
    rejected.get(REASONS.getOrDefault(status, "other")).increment();
  }

  /**
   * Every total by name: {@code states.saved}, {@code states.loaded}, {@code states.deleted}, then
   * {@code rejected.<reason>} for each reason ({@code bad_request}, {@code unauthorized}, {@code
   * not_found}, {@code method_not_allowed}, {@code too_large}, {@code unsupported_media_type},
   * {@code too_many_requests}, {@code failed}, {@code unavailable}, {@code other}), zeros included.
   */
  public Map<String, Long> snapshot() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("states.saved", saved.sum());
    counts.put("states.loaded", loaded.sum());
    counts.put("states.deleted", deleted.sum());
    rejected.forEach((reason, count) -> counts.put("rejected." + reason, count.sum()));
    return counts;
  }

  private static Map<Integer, String> reasons() {
    Map<Integer, String> reasons = new LinkedHashMap<>();
    reasons.put(400, "bad_request");
    reasons.put(401, "unauthorized");
    reasons.put(404, "not_found");
    reasons.put(405, "method_not_allowed");
    reasons.put(413, "too_large");
    reasons.put(415, "unsupported_media_type");
    reasons.put(429, "too_many_requests");
    reasons.put(500, "failed");
    reasons.put(503, "unavailable");
    return reasons;
  }
}
