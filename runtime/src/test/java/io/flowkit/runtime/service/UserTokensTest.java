package io.flowkit.runtime.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UserTokensTest {

  @Test
  void parsesThePlatformsUrlEncodedUserToken() {
    String raw =
        "ManyWhoTenantId=0b6f&ManyWhoUserId=52DF&ManyWhoToken=abc%3D%3D&DirectoryId=d1&DirectoryName=Corp Directory"
            + "&Email=ann@example.com&IdentityProvider=NONE&TenantName=Acme&Token=secret&Username=ann&UserId=u1"
            + "&FirstName=Ann&LastName=Lee&RoleId=r&RoleName=Admin&PrimaryGroupId=g&PrimaryGroupName=Sales";
    String header = URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");

    FlowUser user = UserTokens.parse(header).orElseThrow();

    assertThat(user.tenantId()).isEqualTo("0b6f");
    assertThat(user.manyWhoUserId()).isEqualTo("52DF");
    assertThat(user.userId()).isEqualTo("u1");
    assertThat(user.username()).isEqualTo("ann");
    assertThat(user.email()).isEqualTo("ann@example.com");
    assertThat(user.directoryName()).isEqualTo("Corp Directory");
    assertThat(user.roleName()).isEqualTo("Admin");
    assertThat(user.primaryGroupName()).isEqualTo("Sales");
    assertThat(user.tenantName()).isEqualTo("Acme");
    assertThat(user.toString()).doesNotContain("secret").doesNotContain("abc");
  }

  @Test
  void keysIgnoreCaseAndValuesSplitAtTheFirstEquals() {
    FlowUser user = UserTokens.parse("userid%3Dx%3Dy%26USERNAME%3Dbo").orElseThrow();

    assertThat(user.userId()).isEqualTo("x=y");
    assertThat(user.username()).isEqualTo("bo");
  }

  @Test
  void basicCredentialsAndGarbageGiveNoUser() {
    assertThat(UserTokens.parse("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(UserTokens.parse("Bearer abc")).isEmpty();
    assertThat(UserTokens.parse("%zz")).isEmpty();
    assertThat(UserTokens.parse(null)).isEmpty();
    assertThat(UserTokens.parse("")).isEmpty();
  }

  @Test
  void thePublicUserIsRecognised() {
    assertThat(UserTokens.parse("UserId%3DPUBLIC_USER").orElseThrow().isPublic()).isTrue();
  }

  @Test
  void encodeAndParseRoundTrip() {
    FlowUser user = new FlowUser("t", "m", "u", "name with space", "a+b@example.com", "F", "L", null, null, null, null, null, null, null, null);

    String header = UserTokens.encode(user);

    assertThat(header).doesNotContain(" ").doesNotContain("+").doesNotContain("&");
    assertThat(UserTokens.parse(header)).contains(user);
  }
}
