package io.flowkit.runtime.service;

/**
 * The running user as the platform describes it in a user-token {@code Authorization} header (the
 * URL-encoded {@code ManyWhoTenantId=…&ManyWhoUserId=…&…} form). Any field may be {@code null}.
 */
public record FlowUser(
    String tenantId,
    String manyWhoUserId,
    String userId,
    String username,
    String email,
    String firstName,
    String lastName,
    String directoryId,
    String directoryName,
    String roleId,
    String roleName,
    String primaryGroupId,
    String primaryGroupName,
    String identityProvider,
    String tenantName) {

  /** The platform's id for users who have not logged in. */
  public static final String PUBLIC_USER = "PUBLIC_USER";

  public boolean isPublic() {
    return userId == null || PUBLIC_USER.equals(userId);
  }
}
