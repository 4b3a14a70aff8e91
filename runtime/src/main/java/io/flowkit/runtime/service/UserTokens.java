package io.flowkit.runtime.service;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's user token: the {@code Authorization} header value that describes the running
 * user as {@code ManyWhoTenantId=…&ManyWhoUserId=…&UserId=…&…}, URL-encoded once as a whole. Keys are
 * matched ignoring case; values are split at the first {@code =}. The token is informational and
 * never required: anything that does not parse gives no user.
 */
public final class UserTokens {

  private static final int MAX_LENGTH = 16 * 1024;

  private UserTokens() {}

  /** The user a header describes, or empty when it is absent, HTTP Basic, or not a user token. */
  public static Optional<FlowUser> parse(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_LENGTH || isBasic(header)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(header.trim(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    for (String pair : decoded.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        values.putIfAbsent(pair.substring(0, equals).trim().toLowerCase(Locale.ROOT), pair.substring(equals + 1));
      }
    }
    FlowUser user =
        new FlowUser(
            values.get("manywhotenantid"),
            values.get("manywhouserid"),
            values.get("userid"),
            values.get("username"),
            values.get("email"),
            values.get("firstname"),
            values.get("lastname"),
            values.get("directoryid"),
            values.get("directoryname"),
            values.get("roleid"),
            values.get("rolename"),
            values.get("primarygroupid"),
            values.get("primarygroupname"),
            values.get("identityprovider"),
            values.get("tenantname"));
    return user.equals(new FlowUser(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null))
        ? Optional.empty()
        : Optional.of(user);
  }

  /** The header value the platform would send for {@code user} (fields that are {@code null} are left out). */
  public static String encode(FlowUser user) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("ManyWhoTenantId", user.tenantId());
    values.put("ManyWhoUserId", user.manyWhoUserId());
    values.put("DirectoryId", user.directoryId());
    values.put("DirectoryName", user.directoryName());
    values.put("RoleId", user.roleId());
    values.put("RoleName", user.roleName());
    values.put("PrimaryGroupId", user.primaryGroupId());
    values.put("PrimaryGroupName", user.primaryGroupName());
    values.put("Email", user.email());
    values.put("IdentityProvider", user.identityProvider());
    values.put("TenantName", user.tenantName());
    values.put("Username", user.username());
    values.put("UserId", user.userId());
    values.put("FirstName", user.firstName());
    values.put("LastName", user.lastName());
    StringBuilder text = new StringBuilder();
    values.forEach(
        (key, value) -> {
          if (value != null) {
            if (text.length() > 0) {
              text.append('&');
            }
            text.append(key).append('=').append(value);
          }
        });
    // The platform escapes like .NET's Uri.EscapeDataString: spaces as %20, never '+'.
    return URLEncoder.encode(text.toString(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Whether a header carries HTTP Basic credentials. */
  public static boolean isBasic(String header) {
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  }
}
