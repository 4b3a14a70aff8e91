package io.flowkit.codegen.generation;

import io.flowkit.codegen.model.ServiceModel;
import java.util.List;

/**
 * Turns a service model into Java sources: deterministic (same model, same bytes, stable order),
 * warning-free under {@code -Xlint:all}, depending only on {@code flowkit-runtime}'s public API.
 */
public interface SourceEmitter {

  /** The files of one service, sorted by relative path. */
  List<GeneratedFile> emit(ServiceModel model);
}
