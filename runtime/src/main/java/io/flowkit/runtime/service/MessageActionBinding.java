package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.EngineValue;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One message action in a service's dispatch table: its description, its generated codecs and the
 * user's implementation.
 *
 * @param syncTimeout how long a call may run before the platform is answered {@code WAIT}; {@code
 *     null} for the server's default
 */
public record MessageActionBinding<C, I, O>(
    ActionDescription description,
    Function<List<EngineValue>, I> decodeInputs,
    Function<O, List<EngineValue>> encodeOutputs,
    MessageAction<C, I, O> implementation,
    Duration syncTimeout) {

  public MessageActionBinding {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(decodeInputs, "decodeInputs");
    Objects.requireNonNull(encodeOutputs, "encodeOutputs");
    Objects.requireNonNull(implementation, "implementation of " + description.developerName());
  }

  /** The path the platform posts to, relative to the service, without a leading slash. */
  public String uriPart() {
    return description.uriPart();
  }
}
