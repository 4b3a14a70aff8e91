package io.flowkit.codegen.descriptor;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed descriptor. Entries the descriptor's schema rejected are left out (the violation has
 * been reported), so the rest can still be checked in the same run.
 *
 * @param file the descriptor (absolute, normalized)
 * @param javaPackage the {@code package} override, or {@code null}
 * @param source the descriptor's root, for service-level messages
 * @param nameSource where {@code name} is written (the root when absent)
 * @param pathSource where {@code path} is written (the root when absent)
 * @param packageSource where {@code package} is written (the root when absent)
 */
public record ServiceDescriptor(
    Path file,
    String name,
    String path,
    String summary,
    String javaPackage,
    List<ConfigurationValueDescriptor> configurationValues,
    List<MessageActionDescriptor> messageActions,
    List<DataActionDescriptor> dataActions,
    List<FileResourceDescriptor> fileResources,
    SourceLocation source,
    SourceLocation nameSource,
    SourceLocation pathSource,
    SourceLocation packageSource) {

  public ServiceDescriptor {
    configurationValues = List.copyOf(configurationValues);
    messageActions = List.copyOf(messageActions);
    dataActions = List.copyOf(dataActions);
    fileResources = List.copyOf(fileResources);
  }
}
