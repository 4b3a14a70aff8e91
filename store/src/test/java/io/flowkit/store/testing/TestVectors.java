package io.flowkit.store.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The platform-made known-answer vectors kept in this module's test resources under {@code
 * vectors/external-storage} (their origin and licence are in the README beside them).
 */
public final class TestVectors {

  private static final String FOLDER = "/vectors/external-storage/";

  private TestVectors() {}

  public static String read(String file) {
    try (InputStream in = TestVectors.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("No test resource " + FOLDER + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
