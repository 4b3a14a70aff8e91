package io.flowkit.runtime.wire;

import java.util.List;

/** A field the platform wants back, with the sub-structure of object and list fields. */
public record ObjectDataTypeProperty(String developerName, List<ObjectDataType> list) {}
