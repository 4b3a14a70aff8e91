package io.flowkit.runtime.wire;

import java.util.Map;

/**
 * The JSON body of every error answer, sent with the header {@code X-ManyWho-Service-Problem-Kind}.
 * {@code message} is what running users see (at most 500 characters); it never carries a secret or
 * a stack trace.
 */
public record ServiceProblem(
    String kind,
    String uri,
    int statusCode,
    String message,
    String responseBody,
    Map<String, String> responseHeaders,
    InvokeType invokeType,
    String action) {

  /** The header naming the problem kind. */
  public static final String KIND_HEADER = "X-ManyWho-Service-Problem-Kind";

  private static final int MAX_MESSAGE = 500;

  /** A {@code service} problem, its message cut to 500 characters. */
  public static ServiceProblem service(String uri, int statusCode, String message) {
    String text = message == null ? "" : message;
    if (text.length() > MAX_MESSAGE) {
      text = text.substring(0, MAX_MESSAGE);
    }
    return new ServiceProblem("service", uri, statusCode, text, null, null, null, null);
  }
}
