package io.flowkit.runtime.wire;

import java.util.List;

/** Body of {@code POST /data} (load), {@code PUT /data} (save) and {@code POST /data/delete}. */
public record ObjectDataRequest(
    String stateId,
    String token,
    String typeElementBindingId,
    String serviceElementId,
    UserAuthorization authorization,
    List<EngineValue> configurationValues,
    ObjectDataCommand command,
    Culture culture,
    ListFilter listFilter,
    ObjectDataType objectDataType,
    List<MObject> objectData) {

  public ObjectDataRequest {
    configurationValues = configurationValues == null ? List.of() : List.copyOf(configurationValues);
    objectData = objectData == null ? List.of() : List.copyOf(objectData);
  }
}
