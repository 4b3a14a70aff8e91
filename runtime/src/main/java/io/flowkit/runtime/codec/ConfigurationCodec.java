package io.flowkit.runtime.codec;

import io.flowkit.runtime.wire.EngineValue;
import java.util.List;

/**
 * Reads the configuration values that arrive with every runtime call into the service's generated
 * configuration record. Never used during describe, where values may still be missing.
 *
 * @param <C> the configuration record
 */
@FunctionalInterface
public interface ConfigurationCodec<C> {

  /**
   * @throws MissingValueException naming a required value that is absent or empty
   * @throws CodecException for a value its content type cannot encode
   */
  C decode(List<EngineValue> values);
}
