package io.flowkit.codegen.reader;

import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import java.util.List;

/** Properties of a model as short lines ({@code name:KIND->type enum Java required}) for assertions. */
final class PropertyLines {

  private PropertyLines() {}

  /** The inputs of the model's first message action. */
  static List<String> inputs(ServiceModel model) {
    return model.messageActions().get(0).inputs().stream().map(PropertyLines::of).toList();
  }

  /** The properties of the type named {@code type}. */
  static List<String> properties(ServiceModel model, String type) {
    return model.type(type).orElseThrow().properties().stream().map(PropertyLines::of).toList();
  }

  static String of(PropertyModel p) {
    return p.flowName() + ":" + p.kind() + (p.typeRef() == null ? "" : "->" + p.typeRef())
        + (p.enumType() == null ? "" : " enum " + p.enumType().javaName()) + (p.required() ? " required" : "");
  }
}
