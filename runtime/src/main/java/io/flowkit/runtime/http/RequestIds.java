package io.flowkit.runtime.http;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Ids that tie a request's answer to its lines in the log. */
public final class RequestIds {

  /** The header a request id travels in, both ways. */
  public static final String HEADER = "X-Request-Id";

  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** The caller's id when it is short and plain (so it cannot forge log lines), else a new one. */
  public static String forRequest(String given) {
    if (given != null && ACCEPTABLE.matcher(given).matches()) {
      return given;
    }
    return String.format("%016x", ThreadLocalRandom.current().nextLong());
  }
}
