package io.flowkit.codegen.incremental;

import io.flowkit.codegen.generation.GenerationRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The digest of everything besides the input files that decides a run's outcome: the cache format,
 * the generator's version and every field of the {@link GenerationRequest} that affects what is
 * written or whether the run fails. Paths are taken relative to the project, so moving a checkout
 * does not invalidate its state.
 */
public final class ConfigurationDigest {

  private ConfigurationDigest() {}

  public static String of(GenerationRequest request) {
    Path base = request.baseDirectory();
    StringBuilder canonical = new StringBuilder(256);
    field(canonical, "format", Integer.toString(BuildState.FORMAT));
    field(canonical, "generatorVersion", String.valueOf(request.generatorVersion()));
    field(canonical, "outputDirectory", RelativePaths.of(base, request.outputDirectory()));
    field(canonical, "packageName", request.packageName());
    field(canonical, "scalarArrays", request.scalarArrays().name());
    field(canonical, "nameClashes", request.nameClashes().name());
    field(canonical, "maxDepth", Integer.toString(request.maxDepth()));
    field(canonical, "failOnWarning", Boolean.toString(request.failOnWarning()));
    field(canonical, "descriptors", Integer.toString(request.descriptors().size()));
    for (Path descriptor : request.descriptors()) {
      field(canonical, "descriptor", RelativePaths.of(base, descriptor));
    }
    return Sha256.of(canonical.toString().getBytes(StandardCharsets.UTF_8));
  }

  // Length-prefixed, so that no two different configurations can produce the same text.
  private static void field(StringBuilder out, String name, String value) {
    out.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
  }
}
