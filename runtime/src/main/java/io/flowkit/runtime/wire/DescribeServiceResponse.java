package io.flowkit.runtime.wire;

import java.util.List;

/**
 * Describe metadata. {@code POST /metadata/install} answers the superset the spec recommends:
 * {@code actions}, {@code install.typeElements} and the same list again as {@code types}.
 */
public record DescribeServiceResponse(
    Culture culture,
    String uri,
    List<DescribeValue> configurationValues,
    boolean providesLogic,
    boolean providesDatabase,
    boolean providesFiles,
    boolean providesIdentity,
    boolean providesListening,
    boolean providesSocial,
    boolean providesViews,
    boolean providesVoting,
    boolean providesSharing,
    boolean providesNotifications,
    boolean providesSmartSave,
    boolean providesAutoBinding,
    List<ActionDescription> actions,
    InstallMetadata install,
    List<TypeElement> types,
    String version) {

  public DescribeServiceResponse {
    configurationValues = configurationValues == null ? List.of() : List.copyOf(configurationValues);
    actions = actions == null ? List.of() : List.copyOf(actions);
    types = types == null ? List.of() : List.copyOf(types);
  }
}
