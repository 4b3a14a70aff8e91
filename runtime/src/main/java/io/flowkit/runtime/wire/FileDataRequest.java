package io.flowkit.runtime.wire;

import java.util.List;

/**
 * Body of {@code POST /file} (list) and {@code POST /file/delete}, and the {@code FileDataRequest}
 * part of an upload.
 */
public record FileDataRequest(
    String stateId,
    String serviceElementId,
    String token,
    UserAuthorization authorization,
    List<EngineValue> configurationValues,
    Culture culture,
    String resourcePath,
    String resourceFile,
    String path,
    FileListFilter listFilter) {

  public FileDataRequest {
    configurationValues = configurationValues == null ? List.of() : List.copyOf(configurationValues);
  }
}
