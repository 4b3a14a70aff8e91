package io.flowkit.codegen.generation;

import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.model.ServiceModel;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads descriptors and the profiles they name into service models, reporting every problem to
 * {@code diagnostics} (with file, line, column and JSON pointer) instead of stopping at the first.
 */
public interface ModelReader {

  /**
   * @return one model per descriptor that could be read without errors
   */
  List<ServiceModel> read(GenerationRequest request, Diagnostics diagnostics);

  /**
   * Every file the models were read from (descriptors and every profile they reach through
   * {@code $ref}), sorted: the inputs of the up-to-date check.
   */
  List<Path> inputFiles(GenerationRequest request);
}
