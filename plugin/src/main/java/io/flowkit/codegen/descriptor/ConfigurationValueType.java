package io.flowkit.codegen.descriptor;

import io.flowkit.codegen.model.ValueKind;

/** The content types a configuration value may have, as the Flow Service component names them. */
public enum ConfigurationValueType {
  BOOLEAN("Boolean", ValueKind.BOOLEAN),
  DATETIME("Datetime", ValueKind.DATE_TIME),
  NUMBER("Number", ValueKind.DECIMAL),
  PASSWORD("Password", ValueKind.PASSWORD),
  STRING("String", ValueKind.STRING);

  private final String written;
  private final ValueKind kind;

  ConfigurationValueType(String written, ValueKind kind) {
    this.written = written;
    this.kind = kind;
  }

  /** The spelling in descriptors. */
  public String written() {
    return written;
  }

  public ValueKind kind() {
    return kind;
  }

  /** The type spelled {@code written}, or {@code null}. */
  public static ConfigurationValueType of(String written) {
    for (ConfigurationValueType type : values()) {
      if (type.written.equals(written)) {
        return type;
      }
    }
    return null;
  }
}
