package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The interface users implement for a message action, typed with its request, response and the
 * service's configuration; its Javadoc lists the inputs and outputs as Flow shows them.
 */
final class ActionInterfaceEmitter {

  private final EmitContext context;

  ActionInterfaceEmitter(EmitContext context) {
    this.context = context;
  }

  GeneratedFile actionInterface(MessageActionModel action) {
    ClassName request = context.className(action.requestJavaName());
    ClassName response = context.className(action.responseJavaName());
    StringBuilder doc = new StringBuilder();
    if (action.summary() != null && !action.summary().isBlank()) {
      doc.append(JavadocText.sentence(action.summary())).append("\n\n<p>");
    }
    doc.append("The Flow message action ")
        .append(JavadocText.code(action.flowName()))
        .append(", posted to ")
        .append(JavadocText.code(action.uriPart()))
        .append(".\n\n")
        .append(valueList("Inputs", action.inputs()))
        .append('\n')
        .append(valueList("Outputs", action.outputs()));

    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(context.className(action.interfaceJavaName()))
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(FunctionalInterface.class)
            .addSuperinterface(
                ParameterizedTypeName.get(RuntimeTypes.MESSAGE_ACTION, context.configuration(), request, response))
            .addJavadoc("$L", doc.toString())
            .addMethod(
                MethodSpec.methodBuilder("execute")
                    .addJavadoc("Runs the action.\n\n")
                    .addJavadoc("@param request the action's inputs\n")
                    .addJavadoc("@param context the configuration values, user and state of the call\n")
                    .addJavadoc("@return the action's outputs\n")
                    .addJavadoc("@throws Exception when the action fails; Flow is answered with an error\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(response)
                    .addParameter(request, "request")
                    .addParameter(context.actionContext(), "context")
                    .addException(Exception.class)
                    .build());
    return context.file(type);
  }

  private String valueList(String title, List<PropertyModel> values) {
    if (values.isEmpty()) {
      return "<p>" + title + ": none.\n";
    }
    StringBuilder list = new StringBuilder("<p>").append(title).append(":\n\n<ul>\n");
    for (PropertyModel value : values) {
      list.append("  <li>").append(JavadocText.code(value.flowName())).append(": ").append(describe(value));
      if (value.required()) {
        list.append(", required");
      }
      if (value.description() != null && !value.description().isBlank()) {
        list.append(". ").append(JavadocText.sentence(value.description()));
      }
      list.append('\n');
    }
    return list.append("</ul>\n").toString();
  }

  private String describe(PropertyModel value) {
    if (value.enumType() != null) {
      return "one of {@link " + value.enumType().javaName() + "}";
    }
    return switch (value.kind()) {
      case STRING -> "string";
      case PASSWORD -> "password";
      case INTEGER -> "whole number";
      case DECIMAL -> "number";
      case BOOLEAN -> "boolean";
      case DATE_TIME -> "date/time";
      case DATE -> "date (sent as midnight UTC)";
      case OBJECT -> "object of type " + JavadocText.code(context.referenced(value).flowName());
      case LIST -> "list of type " + JavadocText.code(context.referenced(value).flowName());
    };
  }
}
