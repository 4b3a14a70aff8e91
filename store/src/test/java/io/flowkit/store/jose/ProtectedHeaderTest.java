package io.flowkit.store.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.store.jose.TokenRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ProtectedHeaderTest {

  private static String compact(byte[] headerJson) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(headerJson) + ".cGF5bG9hZA.c2lnbmF0dXJl";
  }

  @Test
  void aHeaderIsReadFromEitherForm() throws Exception {
    String compact = compact("{\"alg\":\"ES384\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(ProtectedHeader.of(compact, 3).string("alg")).isEqualTo("ES384");
    assertThat(ProtectedHeader.of(compact.getBytes(StandardCharsets.US_ASCII), 3).string("kid")).isEqualTo("k1");
  }

  /** The "g" of "alg" as an overlong byte pair, which Jackson's byte parser reads as "g". */
  @Test
  void aHeaderThatIsNotUtf8IsMalformed() {
    byte[] json = HexFormat.of().parseHex("7B22616C" + "C1A7" + "223A224553333834227D");
    String compact = compact(json);

    assertThatThrownBy(() -> ProtectedHeader.of(compact, 3))
        .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    assertThatThrownBy(() -> ProtectedHeader.of(compact.getBytes(StandardCharsets.US_ASCII), 3))
        .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
  }
}
