package io.flowkit.codegen.model;

import io.flowkit.codegen.diagnostics.SourceLocation;

/**
 * A file resource.
 *
 * @param path the resource path Flow's file components use, e.g. {@code /file}
 * @param typeRef Flow name of its {@code $File RESPONSE - <name>} type
 * @param javaName base of the generated names, e.g. {@code Receipt} → {@code ReceiptFiles}
 */
public record FileResourceModel(String name, String path, String typeRef, String javaName, SourceLocation source) {

  public String interfaceJavaName() {
    return javaName + "Files";
  }
}
