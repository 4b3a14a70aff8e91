package io.flowkit.maven;

import io.flowkit.codegen.incremental.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The generator version that goes into the up-to-date check. A release version names exactly one
 * generator; a {@code -SNAPSHOT} does not (it is rebuilt under the same name), so for snapshots the
 * digest of the plugin jar is appended and a rebuilt plugin regenerates.
 */
public final class GeneratorVersion {

  // One digest per jar (by path, size and time) for the life of the plugin's class loader: a
  // multi-module build pays for it once.
  private static final Map<String, String> JAR_DIGESTS = new ConcurrentHashMap<>();

  private GeneratorVersion() {}

  /**
   * @param version the plugin's version
   * @param pluginJar the plugin's jar, or {@code null} (or a directory) when unknown
   */
  public static String of(String version, Path pluginJar) throws IOException {
    if (version == null || !version.endsWith("-SNAPSHOT") || pluginJar == null || !Files.isRegularFile(pluginJar)) {
      return String.valueOf(version);
    }
    BasicFileAttributes attributes = Files.readAttributes(pluginJar, BasicFileAttributes.class);
    String key = pluginJar.toAbsolutePath() + "|" + attributes.size() + "|" + attributes.lastModifiedTime();
    String digest = JAR_DIGESTS.get(key);
    if (digest == null) {
      digest = Sha256.ofFile(pluginJar);
      JAR_DIGESTS.put(key, digest);
    }
    return version + "+" + digest;
  }
}
