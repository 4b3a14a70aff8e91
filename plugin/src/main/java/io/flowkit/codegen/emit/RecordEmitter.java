package io.flowkit.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.TypeRole;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.naming.DerivedNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The records: one per Flow type, the request and response of each message action, and the
 * service's configuration. Components follow the model's order; lists are copied into unmodifiable
 * lists so that records stay values.
 */
final class RecordEmitter {

  /** A canonical constructor takes at most 255 slots, one of them {@code this}. */
  private static final int MAX_COMPONENTS = 254;

  private final EmitContext context;

  RecordEmitter(EmitContext context) {
    this.context = context;
  }

  /** The record of a Flow type, with the profile's JSON names. */
  GeneratedFile typeRecord(FlowTypeModel type) {
    StringBuilder doc = new StringBuilder();
    if (type.summary() != null && !type.summary().isBlank()) {
      doc.append(JavadocText.sentence(type.summary())).append("\n\n");
    }
    doc.append("<p>Flow type ").append(JavadocText.code(type.flowName()));
    if (type.role() == TypeRole.DATA && type.binding() != null) {
      doc.append(", bound as ")
          .append(JavadocText.code(type.binding().flowName()))
          .append(" to table ")
          .append(JavadocText.code(type.binding().tableName()));
    }
    doc.append('.');
    if (type.idProperty() != null) {
      doc.append("\nIts ")
          .append(JavadocText.code(type.idProperty()))
          .append(" property is the object's {@code externalId}.");
    }
    doc.append('\n');
    return context.file(record(context.record(type), doc.toString(), type.properties(), true, false));
  }

  /** The inputs of a message action. */
  GeneratedFile requestRecord(MessageActionModel action) {
    String doc =
        "The inputs of the Flow message action " + JavadocText.code(action.flowName()) + ".\n";
    return context.file(
        record(context.className(action.requestJavaName()), doc, action.inputs(), true, true));
  }

  /** The outputs of a message action. */
  GeneratedFile responseRecord(MessageActionModel action) {
    String doc =
        "The outputs of the Flow message action " + JavadocText.code(action.flowName()) + ".\n";
    return context.file(
        record(context.className(action.responseJavaName()), doc, action.outputs(), true, false));
  }

  /**
   * The typed configuration values, with their Flow names as JSON names; a password never shows in
   * {@code toString()}.
   */
  GeneratedFile configurationRecord() {
    List<PropertyModel> values =
        context.model().configurationValues().stream().map(EmitContext::asProperty).toList();
    String doc =
        "The configuration values of the Flow service "
            + JavadocText.code(context.model().name())
            + ", as entered when the service was\ninstalled in Flow; they arrive with every call.\n";
    TypeSpec.Builder record = record(context.configuration(), doc, values, true, true);
    if (values.stream().anyMatch(v -> v.kind() == ValueKind.PASSWORD)) {
      record.addMethod(maskingToString(context.configuration(), values));
    }
    return context.file(record);
  }

  private TypeSpec.Builder record(
      ClassName name, String javadoc, List<PropertyModel> components, boolean jsonNames, boolean showRequired) {
    if (components.size() > MAX_COMPONENTS) {
      throw new IllegalArgumentException(
          name.simpleName() + " would have " + components.size() + " components; a record can have " + MAX_COMPONENTS);
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    boolean copiesLists = false;
    for (PropertyModel component : components) {
      DerivedNames.checkComponentName(name.simpleName(), component.javaName());
      ParameterSpec.Builder parameter =
          ParameterSpec.builder(context.javaType(component), component.javaName())
              .addJavadoc("$L\n", componentDoc(component, showRequired));
      if (jsonNames) {
        parameter.addAnnotation(
            AnnotationSpec.builder(RuntimeTypes.JSON_PROPERTY).addMember("value", "$S", component.flowName()).build());
      }
      constructor.addParameter(parameter.build());
      if (component.kind() == ValueKind.LIST) {
        compact.addStatement(
            "$1N = $1N == null ? null : $2T.copyOf($1N)", component.javaName(), ClassName.get(List.class));
        copiesLists = true;
      }
    }
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L", javadoc)
            .recordConstructor(constructor.build());
    if (copiesLists) {
      record.addMethod(compact.build());
    }
    return record;
  }

  private String componentDoc(PropertyModel component, boolean showRequired) {
    StringBuilder doc = new StringBuilder(JavadocText.code(component.flowName()));
    if (showRequired && component.required()) {
      doc.append(" (required)");
    }
    if (component.description() != null && !component.description().isBlank()) {
      doc.append(": ").append(JavadocText.sentence(component.description()));
    }
    return doc.toString();
  }

  private static MethodSpec maskingToString(ClassName name, List<PropertyModel> values) {
    CodeBlock.Builder text = CodeBlock.builder().add("return $S", name.simpleName() + "[");
    for (int i = 0; i < values.size(); i++) {
      PropertyModel value = values.get(i);
      String label = (i == 0 ? "" : ", ") + value.javaName() + "=";
      if (value.kind() == ValueKind.PASSWORD) {
        text.add("\n    + $S + ($N == null ? $S : $S)", label, value.javaName(), "null", "****");
      } else {
        text.add("\n    + $S + $N", label, value.javaName());
      }
    }
    text.add("\n    + $S;\n", "]");
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("Shows every value except passwords, so that logging a configuration leaks no secret.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addCode(text.build())
        .build();
  }
}
