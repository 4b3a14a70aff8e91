package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.DataActionModel;
import io.flowkit.codegen.model.DataOperation;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.naming.DerivedNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * A data action's interface (with the operations the descriptor leaves out as defaults that refuse)
 * and the enum of its type's queryable fields.
 */
final class DataActionEmitter {

  private final EmitContext context;

  DataActionEmitter(EmitContext context) {
    this.context = context;
  }

  GeneratedFile dataInterface(DataActionModel data) {
    FlowTypeModel type = context.type(data.typeRef());
    ClassName record = context.record(type);
    ClassName field = context.className(data.fieldEnumJavaName());
    TypeName actionContext = context.actionContext();

    String offered =
        Stream.of(DataOperation.values())
            .filter(data.operations()::contains)
            .map(o -> o.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    StringBuilder doc =
        new StringBuilder("Database Load, Save and Delete of the Flow type ")
            .append(JavadocText.code(type.flowName()));
    if (type.binding() != null) {
      doc.append(" (table ").append(JavadocText.code(type.binding().tableName())).append(')');
    }
    doc.append(".\n\n<p>")
        .append(offered.isEmpty() ? "The service offers no operation on it" : "The service offers " + offered)
        .append("; any other operation answers that it is not supported.\n");

    TypeSpec.Builder spec =
        TypeSpec.interfaceBuilder(context.className(data.interfaceJavaName()))
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.DATA_ACTION, context.configuration(), record, field))
            .addJavadoc("$L", doc.toString());

    spec.addMethod(
        operation(data, DataOperation.GET, "get", ParameterizedTypeName.get(ClassName.get(Optional.class), record))
            .addJavadoc(
                "Loads the object whose identifier ($L) is {@code id}; empty when there is none.\n",
                JavadocText.code(type.idProperty() == null ? "externalId" : type.idProperty()))
            .addParameter(String.class, "id")
            .addParameter(actionContext, "context")
            .build());
    spec.addMethod(
        operation(data, DataOperation.QUERY, "query", ParameterizedTypeName.get(RuntimeTypes.PAGE, record))
            .addJavadoc(
                "Loads the objects a query asks for: its condition, search, order, limit and offset.\n")
            .addParameter(ParameterizedTypeName.get(RuntimeTypes.QUERY_TYPE, field), "query")
            .addParameter(actionContext, "context")
            .build());
    spec.addMethod(
        operation(data, DataOperation.SAVE, "save", record)
            .addJavadoc(
                "Inserts the object when its identifier is empty (assigning one), otherwise updates it;\n"
                    + "returns it as saved, identifier set.\n")
            .addParameter(record, "record")
            .addParameter(actionContext, "context")
            .build());
    spec.addMethod(
        operation(data, DataOperation.DELETE, "delete", TypeName.VOID)
            .addJavadoc("Deletes the object.\n")
            .addParameter(record, "record")
            .addParameter(actionContext, "context")
            .build());
    return context.file(spec);
  }

  /** An offered operation is abstract; any other is a default that throws. */
  private MethodSpec.Builder operation(DataActionModel data, DataOperation operation, String name, TypeName returns) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addAnnotation(Override.class).returns(returns);
    if (data.operations().contains(operation)) {
      return method.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).addException(Exception.class);
    }
    String message = "The data action '" + data.objectType() + "' does not offer " + name;
    return method
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addCode(CodeBlock.of("throw new $T($S);\n", RuntimeTypes.OPERATION_NOT_SUPPORTED, message));
  }

  GeneratedFile fieldEnum(DataActionModel data) {
    FlowTypeModel type = context.type(data.typeRef());
    ClassName record = context.record(type);
    ClassName field = context.className(data.fieldEnumJavaName());
    Map<PropertyModel, String> constants = constantNames(type);

    TypeSpec.Builder spec =
        TypeSpec.enumBuilder(field)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.QUERY_FIELD, record))
            .addJavadoc(
                "The queryable fields of {@link $T}, named as Flow sends them in filters and sorts (the\n"
                    + "binding's field names).\n",
                record);
    constants.forEach(
        (property, constant) ->
            spec.addEnumConstant(
                constant,
                TypeSpec.anonymousClassBuilder("$S, $L", property.flowName(), EmitContext.contentType(property.kind()))
                    .build()));
    spec.addField(FieldSpec.builder(String.class, "fieldName", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(RuntimeTypes.CONTENT_TYPE, "contentType", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "fieldName")
                .addParameter(RuntimeTypes.CONTENT_TYPE, "contentType")
                .addStatement("this.fieldName = fieldName")
                .addStatement("this.contentType = contentType")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("fieldName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return fieldName")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("contentType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.CONTENT_TYPE)
                .addStatement("return contentType")
                .build());

    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (this) {\n").indent();
    // Queries compare what Flow sends, so an enum-typed field yields its Flow string, not its name.
    constants.forEach(
        (property, constant) -> {
          if (property.enumType() != null) {
            cases.add(
                "case $L -> record.$N() == null ? null : record.$N().value();\n",
                constant, property.javaName(), property.javaName());
          } else {
            cases.add("case $L -> record.$N();\n", constant, property.javaName());
          }
        });
    cases.unindent().add("};\n");
    spec.addMethod(
        MethodSpec.methodBuilder("valueOf")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(record, "record")
            .addCode(cases.build())
            .build());
    return context.file(spec);
  }

  /**
   * {@code ASSIGNED_TO} for {@code assignedTo}; the rare clash ({@code assignedTo} next to {@code
   * assigned_to}) keeps its Java name upper-cased, and only when that is taken too (the two give
   * the same letters) gets a numeric suffix. Properties come sorted, so the choice is stable.
   */
  private static Map<PropertyModel, String> constantNames(FlowTypeModel type) {
    Map<PropertyModel, String> names = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (PropertyModel property : type.properties()) {
      String name = DerivedNames.upperSnake(property.javaName());
      if (!taken.add(name)) {
        String base = name;
        name = property.javaName().toUpperCase(Locale.ROOT);
        for (int n = 2; !taken.add(name); n++) {
          name = base + "_" + n;
        }
      }
      names.put(property, name);
    }
    return names;
  }
}
