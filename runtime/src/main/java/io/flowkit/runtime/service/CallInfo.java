package io.flowkit.runtime.service;

/**
 * What a transport knows about a call besides its body.
 *
 * @param requestId the id under which the call is logged, quoted in problems and callbacks
 * @param userToken the {@code Authorization} header when it carries the platform's URL-encoded user
 *     token (not HTTP Basic credentials), otherwise {@code null}
 * @param tenantId the tenant named by a {@code ManyWhoTenant} or {@code X-ManyWho-Tenant} header,
 *     otherwise {@code null}
 */
public record CallInfo(String requestId, String userToken, String tenantId) {

  /** A call with only a request id. */
  public static CallInfo of(String requestId) {
    return new CallInfo(requestId, null, null);
  }
}
