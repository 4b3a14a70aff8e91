package io.flowkit.testkit;

import io.flowkit.runtime.wire.ServiceResponse;

/**
 * A callback a service POSTed to a {@link CallbackReceiver}.
 *
 * @param authorization the {@code Authorization} header it carried (the user token), or {@code null}
 * @param tenant the {@code ManyWhoTenant} header, or {@code null}
 * @param contentType the {@code Content-Type} header
 */
public record ReceivedCallback(ServiceResponse response, String authorization, String tenant, String contentType) {}
