package io.flowkit.store.state;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One Flow runtime state as the store keeps it, keyed by {@code (tenant, id)}.
 *
 * @param tenant the tenant the state belongs to
 * @param id the state's id
 * @param parent the parent state, if any
 * @param flow the flow
 * @param flowVersion the flow version
 * @param done whether the flow has finished
 * @param currentMapElement the map element the state is at, if any
 * @param currentUser the user running the state, if any
 * @param createdAt when the platform created the state
 * @param updatedAt when the platform last changed it: the newest {@code updatedAt} wins
 * @param expiresAt when the platform considers the state expired, if ever
 * @param content the state document, JSON text
 */
public record FlowState(
    UUID tenant,
    UUID id,
    UUID parent,
    UUID flow,
    UUID flowVersion,
    boolean done,
    UUID currentMapElement,
    UUID currentUser,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime expiresAt,
    String content) {

  /** Checks the required values are present. */
  public FlowState {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(flowVersion, "flowVersion");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(content, "content");
  }

  /**
   * {@code updatedAt} as nanoseconds since the epoch, the order in which writes of one state win.
   *
   * @throws ArithmeticException when {@code updatedAt} is outside the years 1677 to 2262
   */
  public long updateOrder() {
    return Math.addExact(
        Math.multiplyExact(updatedAt.toEpochSecond(), 1_000_000_000L), updatedAt.getNano());
  }

  /** Leaves the content out: it can be megabytes long and is the user's data. */
  @Override
  public String toString() {
    return "FlowState[tenant=" + tenant + ", id=" + id + ", updatedAt=" + updatedAt
        + ", content=" + content.length() + " chars]";
  }
}
