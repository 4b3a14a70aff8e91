package io.flowkit.codegen.reader;

import io.flowkit.codegen.model.ConfigurationValueModel;
import io.flowkit.codegen.model.DataActionModel;
import io.flowkit.codegen.model.EnumModel;
import io.flowkit.codegen.model.FileResourceModel;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import java.util.List;
import java.util.stream.Collectors;

/** A compact, line-per-fact text of a model, for readable exact assertions. */
final class ModelText {

  private ModelText() {}

  static String of(ServiceModel model) {
    StringBuilder out = new StringBuilder();
    out.append("service ").append(model.name()).append(" ").append(model.path())
        .append(" ").append(model.javaPackage()).append(".").append(model.javaName()).append('\n');
    for (ConfigurationValueModel value : model.configurationValues()) {
      out.append("config \"").append(value.flowName()).append("\" ").append(value.javaName()).append(' ')
          .append(value.kind()).append(value.required() ? " required" : "").append('\n');
    }
    for (MessageActionModel action : model.messageActions()) {
      out.append("action \"").append(action.flowName()).append("\" ").append(action.uriPart()).append(' ')
          .append(action.javaName()).append(action.syncTimeoutSeconds() > 0 ? " timeout=" + action.syncTimeoutSeconds() : "")
          .append('\n');
      properties(out, "  in ", action.inputs());
      properties(out, "  out ", action.outputs());
    }
    for (DataActionModel data : model.dataActions()) {
      out.append("data \"").append(data.objectType()).append("\" ").append(data.javaName()).append(' ')
          .append(data.operations().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
          .append('\n');
    }
    for (FileResourceModel file : model.fileResources()) {
      out.append("file \"").append(file.name()).append("\" ").append(file.path()).append(" -> \"")
          .append(file.typeRef()).append("\" ").append(file.javaName()).append('\n');
    }
    for (FlowTypeModel type : model.types()) {
      out.append("type \"").append(type.flowName()).append("\" ").append(type.javaName()).append(' ')
          .append(type.role());
      if (type.binding() != null) {
        out.append(" binding=\"").append(type.binding().flowName()).append("\" table=\"")
            .append(type.binding().tableName()).append('"');
      }
      if (type.idProperty() != null) {
        out.append(" id=\"").append(type.idProperty()).append('"');
      }
      out.append('\n');
      properties(out, "  ", type.properties());
    }
    for (EnumModel e : model.enums()) {
      out.append("enum ").append(e.javaName()).append(' ')
          .append(e.constants().stream().map(c -> c.javaName() + "=" + c.value()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return out.toString();
  }

  private static void properties(StringBuilder out, String indent, List<PropertyModel> properties) {
    for (PropertyModel p : properties) {
      out.append(indent).append('"').append(p.flowName()).append("\" ").append(p.javaName()).append(' ')
          .append(p.kind());
      if (p.typeRef() != null) {
        out.append(" \"").append(p.typeRef()).append('"');
      }
      if (p.enumType() != null) {
        out.append(" enum ").append(p.enumType().javaName());
      }
      if (p.required()) {
        out.append(" required");
      }
      out.append('\n');
    }
  }
}
