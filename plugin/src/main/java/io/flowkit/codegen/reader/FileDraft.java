package io.flowkit.codegen.reader;

import io.flowkit.codegen.descriptor.FileResourceDescriptor;

/** A file resource while the model is being built. */
final class FileDraft {

  final FileResourceDescriptor descriptor;
  /** The Flow name of its upload response type. */
  final String typeRef;
  String javaName;

  FileDraft(FileResourceDescriptor descriptor, String typeRef) {
    this.descriptor = descriptor;
    this.typeRef = typeRef;
  }
}
