package io.flowkit.runtime.wire;

import java.util.List;

/** Objects returned by {@code /data} and {@code /file} calls. */
public record ObjectDataResponse(
    Culture culture, List<MObject> objectData, boolean hasMoreResults, String offsetToken) {

  public ObjectDataResponse {
    objectData = objectData == null ? List.of() : List.copyOf(objectData);
  }

  public static ObjectDataResponse of(List<MObject> objects, boolean hasMoreResults) {
    return new ObjectDataResponse(null, objects, hasMoreResults, null);
  }
}
