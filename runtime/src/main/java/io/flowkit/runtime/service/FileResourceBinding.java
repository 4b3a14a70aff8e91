package io.flowkit.runtime.service;

import io.flowkit.runtime.codec.FlowTypeCodec;
import java.util.Objects;

/**
 * One file resource in a service's dispatch table, found by its path (the {@code resourcePath} the
 * platform sends, e.g. {@code /file}).
 */
public record FileResourceBinding<C, R>(
    String name, String path, FlowTypeCodec<R> codec, FileResource<C, R> implementation) {

  public FileResourceBinding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(implementation, "implementation of file resource " + name);
  }
}
