package io.flowkit.runtime.wire;

import java.util.List;

/** The {@code install} member of describe metadata. */
public record InstallMetadata(List<TypeElement> typeElements) {

  public InstallMetadata {
    typeElements = typeElements == null ? List.of() : List.copyOf(typeElements);
  }
}
