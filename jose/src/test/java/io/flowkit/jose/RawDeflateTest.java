package io.flowkit.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RawDeflateTest {

  private static byte[] text(int bytes) {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    while (text.length() < bytes) {
      text.append("{\"n\":").append(random.nextInt(1000)).append(",\"ok\":true},");
    }
    return text.substring(0, bytes).getBytes(StandardCharsets.US_ASCII);
  }

  // What another library writes: the JDK's raw DEFLATE stream at any level.
  private static byte[] deflatedElsewhere(byte[] data, int level) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflating =
        new DeflaterOutputStream(out, new Deflater(level, true), 512)) {
      deflating.write(data);
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 6, 8, 9})
  void whatAnyLevelCompressesInflatesBack(int level) throws Exception {
    byte[] data = text(300_000);

    assertThat(RawDeflate.inflate(RawDeflate.deflate(data, level), data.length)).isEqualTo(data);
    assertThat(RawDeflate.inflate(deflatedElsewhere(data, level), data.length)).isEqualTo(data);
  }

  @Test
  void theChosenLevelCompressesAndIsRawDeflate() throws Exception {
    byte[] data = text(100_000);

    byte[] deflated = RawDeflate.deflate(data, RawDeflate.LEVEL);

    assertThat(deflated.length).isLessThan(data.length / 3);
    // No zlib header: a nowrap Inflater of the JDK's reads it as it is.
    java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
    inflater.setInput(deflated);
    byte[] back = new byte[data.length];
    assertThat(inflater.inflate(back)).isEqualTo(data.length);
    assertThat(inflater.finished()).isTrue();
    assertThat(back).isEqualTo(data);
  }

  @Test
  void slicesDeflatedInParallelAreOneStreamAsSmallAsOne() throws Exception {
    byte[] data = text(3_000_000);
    byte[] whole = RawDeflate.deflate(data, RawDeflate.LEVEL, 1);

    for (int slices : new int[] {2, 3, 4}) {
      byte[] sliced = RawDeflate.deflate(data, RawDeflate.LEVEL, slices);

      assertThat(RawDeflate.inflate(sliced, data.length)).as(slices + " slices").isEqualTo(data);
      // Each slice sees the 32 KB before it: the stream is barely larger than a single one.
      assertThat(sliced.length).isLessThan(whole.length + whole.length / 100 + 64);
      java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
      inflater.setInput(sliced);
      byte[] back = new byte[data.length + 1];
      assertThat(inflater.inflate(back)).isEqualTo(data.length);
      assertThat(inflater.finished()).isTrue();
    }
  }

  @Test
  void emptyAndIncompressibleDataRoundTrip() throws Exception {
    byte[] random = new byte[70_000];
    new Random(3).nextBytes(random);

    assertThat(RawDeflate.inflate(RawDeflate.deflate(new byte[0], RawDeflate.LEVEL), 0)).isEmpty();
    assertThat(RawDeflate.inflate(RawDeflate.deflate(random, RawDeflate.LEVEL), random.length))
        .isEqualTo(random);
  }

  @Test
  void exactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws Exception {
    byte[] data = text(50_000);
    byte[] deflated = RawDeflate.deflate(data, RawDeflate.LEVEL);

    assertThat(RawDeflate.inflate(deflated, data.length)).isEqualTo(data);
    assertThatThrownBy(() -> RawDeflate.inflate(deflated, data.length - 1))
        .isInstanceOf(RawDeflate.TooLargeException.class)
        .hasMessageContaining(String.valueOf(data.length - 1));
  }

  @Test
  void aBombIsStoppedAtTheLimitNotInflatedWhole() throws Exception {
    byte[] bomb = RawDeflate.deflate(new byte[64 << 20], 9);
    assertThat(bomb.length).isLessThan(100_000);

    assertThatThrownBy(() -> RawDeflate.inflate(bomb, 1 << 20))
        .isInstanceOf(RawDeflate.TooLargeException.class);
  }

  @Test
  void truncatedOrForeignDataIsNotDeflate() {
    byte[] deflated = RawDeflate.deflate(text(20_000), RawDeflate.LEVEL);

    assertThatThrownBy(() -> RawDeflate.inflate(Arrays.copyOf(deflated, deflated.length / 2), 1 << 20))
        .isInstanceOf(DataFormatException.class);
    assertThatThrownBy(() -> RawDeflate.inflate(new byte[] {(byte) 0xff, 1, 2, 3}, 1 << 20))
        .isInstanceOf(DataFormatException.class);
  }
}
