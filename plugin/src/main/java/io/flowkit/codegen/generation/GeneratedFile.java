package io.flowkit.codegen.generation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One output file, in memory: its path relative to the output directory (e.g.
 * {@code com/example/orders/OrdersService.java}) and its exact bytes.
 */
public record GeneratedFile(Path relativePath, byte[] content) {

  public static GeneratedFile text(Path relativePath, String text) {
    return new GeneratedFile(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
