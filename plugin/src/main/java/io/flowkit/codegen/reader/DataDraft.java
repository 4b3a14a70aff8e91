package io.flowkit.codegen.reader;

import io.flowkit.codegen.descriptor.DataActionDescriptor;

/** A data action while the model is being built. */
final class DataDraft {

  final DataActionDescriptor descriptor;
  final TypeDraft type;
  String javaName;

  DataDraft(DataActionDescriptor descriptor, TypeDraft type) {
    this.descriptor = descriptor;
    this.type = type;
  }
}
