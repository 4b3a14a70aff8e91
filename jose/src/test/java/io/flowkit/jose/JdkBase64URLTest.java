package io.flowkit.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JdkBase64URLTest {

  @Test
  void encodingIntoAnArrayGivesTheUnpaddedUrlAlphabetAtAnyLengthAroundItsSlices() {
    Random random = new Random(5);
    int slice = 3 * 16 * 1024;
    for (int length : new int[] {0, 1, 2, 3, 4, slice - 1, slice, slice + 1, 3 * slice + 2}) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      byte[] target = new byte[7 + JdkBase64URL.encodedLength(length) + 3];

      int end = JdkBase64URL.encodeInto(bytes, target, 7);

      assertThat(end).as("length " + length).isEqualTo(7 + expected.length());
      assertThat(new String(Arrays.copyOfRange(target, 7, end), java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo(expected);
      assertThat(JdkBase64URL.of(bytes).decode()).isEqualTo(bytes);
    }
  }

  @Test
  void decodingIsStrict() {
    assertThatThrownBy(() -> new JdkBase64URL("ab+/").decode())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
