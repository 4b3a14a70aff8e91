package io.flowkit.runtime.codec;

/** A required value (configuration value, action input, identifier) that is absent or empty. */
public final class MissingValueException extends CodecException {

  public MissingValueException(String path) {
    super(path, "a value is required but none was given", null);
  }

  @Override
  public CodecException within(String parent) {
    return new MissingValueException(path().isEmpty() ? parent : parent + "." + path());
  }
}
