package io.flowkit.testkit;

import java.util.List;
import java.util.Map;

/**
 * A store's answer.
 *
 * @param status the HTTP status
 * @param body the body text ({@code ""} when there is none)
 * @param headers the response headers
 */
public record StoreResponse(int status, String body, Map<String, List<String>> headers) {

  /** The first value of header {@code name}, or {@code null}. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /** Leaves long bodies (tokens) out. */
  @Override
  public String toString() {
    return "StoreResponse[status=" + status + ", body="
        + (body.length() > 300 ? body.length() + " chars" : body) + "]";
  }
}
