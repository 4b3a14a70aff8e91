package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.ServiceResponse;
import java.net.URI;
import java.util.Objects;

/**
 * The final answer of a message action whose caller was answered {@code WAIT}, bound for the
 * platform's callback URI.
 *
 * @param authorization the user token the request carried, sent back as {@code Authorization};
 *     {@code null} when there was none
 * @param tenantId sent as {@code ManyWhoTenant}
 * @param requestId the id of the original request, for the log
 */
public record CallbackRequest(
    URI uri, ServiceResponse response, String authorization, String tenantId, String requestId) {

  public CallbackRequest {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(response, "response");
  }

  @Override
  public String toString() {
    // Never print the user token.
    return "CallbackRequest[" + uri + ", request " + requestId + ", " + response.invokeType() + "]";
  }
}
