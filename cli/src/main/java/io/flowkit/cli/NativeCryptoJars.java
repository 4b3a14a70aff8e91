package io.flowkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Provider;
import java.util.Locale;
import java.util.Optional;

/**
 * The native JCA provider the executable jar carries: the Amazon Corretto Crypto Provider jar of
 * each supported platform, kept whole (signed, with its native library) under {@value #DIRECTORY}
 * rather than unpacked, since both jars hold the same classes and a library at the same path. The
 * one for this platform is copied to a temporary file and loaded in its own class loader.
 */
final class NativeCryptoJars {

  /** Where the jars are inside the executable jar. */
  static final String DIRECTORY = "/META-INF/flowkit/native/";

  private static final String ACCP_CLASS =
      "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

  private static Optional<Provider> loaded;

  private NativeCryptoJars() {}

  /** The classifier of this platform's jar, e.g. {@code linux-x86_64}; empty when none exists. */
  static Optional<String> classifier(String osName, String osArch) {
    if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
      return Optional.empty();
    }
    return switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> Optional.of("linux-x86_64");
      case "aarch64", "arm64" -> Optional.of("linux-aarch_64");
      default -> Optional.empty();
    };
  }

  /**
   * The provider from this platform's jar, loaded once per JVM; empty when the provider is already
   * on the class path (the store finds it there), or there is no jar for this platform, or it
   * cannot be loaded. Whether it works is the store's check.
   */
  static synchronized Optional<Provider> load() {
    if (loaded == null) {
      loaded = loadNow();
    }
    return loaded;
  }

  private static Optional<Provider> loadNow() {
    ClassLoader own = NativeCryptoJars.class.getClassLoader();
    try {
      Class.forName(ACCP_CLASS, false, own);
      return Optional.empty();
    } catch (ClassNotFoundException | LinkageError e) {
      // not on the class path: use the carried jar
    }
    Optional<String> classifier =
        classifier(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    if (classifier.isEmpty()) {
      return Optional.empty();
    }
    String resource = DIRECTORY + "AmazonCorrettoCryptoProvider-" + classifier.get() + ".jar";
    try (InputStream in = NativeCryptoJars.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Path jar = Files.createTempFile("flowkit-accp-", ".jar");
      jar.toFile().deleteOnExit();
      Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
      // Never closed: the provider's classes and native library live as long as the JVM.
      @SuppressWarnings("resource")
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, own);
      Class<?> type = Class.forName(ACCP_CLASS, true, loader);
      return Optional.of((Provider) type.getField("INSTANCE").get(null));
    } catch (IOException | ReflectiveOperationException | LinkageError | ClassCastException e) {
      return Optional.empty();
    }
  }
}
