package io.flowkit.runtime.wire;

import java.util.List;

/**
 * What an {@link EngineValue} (action input/output, configuration value) and a {@link Property}
 * (a field of an {@link MObject}) have in common: a name, a content type, and either a string
 * content value or object data.
 */
public interface WireValue {
  String developerName();

  ContentType contentType();

  /** The scalar value as Flow encodes it; {@code null} for objects and lists. */
  String contentValue();

  /** The objects of a {@link ContentType#OBJECT} (at most one) or {@link ContentType#LIST} value. */
  List<MObject> objectData();
}
