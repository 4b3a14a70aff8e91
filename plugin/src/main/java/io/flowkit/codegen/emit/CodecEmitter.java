package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ValueKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * One {@code FlowTypeCodec} per Flow type: plain calls to {@code ValueReader} and {@code
 * ValueWriter}, no reflection. A type with an identifier (data and file types) writes it as the
 * object's {@code externalId} and, reading, falls back to {@code externalId} when the property is
 * empty.
 */
final class CodecEmitter {

  private static final String IDENTIFIER_METHOD = "identifier";

  private final EmitContext context;
  private final WireCalls calls;

  CodecEmitter(EmitContext context, WireCalls calls) {
    this.context = context;
    this.calls = calls;
  }

  GeneratedFile codec(FlowTypeModel type) {
    ClassName record = context.record(type);
    ClassName codec = context.codec(type);
    PropertyModel id = identifier(type);

    TypeSpec.Builder spec =
        TypeSpec.classBuilder(codec)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.FLOW_TYPE_CODEC, record))
            .addJavadoc(
                "Moves {@link $T} to and from Flow's wire form: objects of type $L.\n",
                record, JavadocText.code(type.flowName()))
            .addField(
                FieldSpec.builder(String.class, "TYPE_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The Flow type's name.\n")
                    .initializer("$S", type.flowName())
                    .build())
            .addField(
                FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The codec; it is stateless.\n")
                    .initializer("new $T()", codec)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("typeName")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return TYPE_NAME")
                    .build())
            .addMethod(encode(type, record, id))
            .addMethod(decode(type, record, id));
    if (id != null) {
      spec.addMethod(identifierMethod(id));
    }
    return context.file(spec);
  }

  private MethodSpec encode(FlowTypeModel type, ClassName record, PropertyModel id) {
    CodeBlock externalId =
        id == null ? CodeBlock.of("null") : calls.externalId(id, CodeBlock.of("value.$N()", id.javaName()));
    CodeBlock.Builder body =
        CodeBlock.builder()
            .add("return $T.of(\n", RuntimeTypes.MOBJECT)
            .indent()
            .indent()
            .add("TYPE_NAME,\n$L,\n$T.properties()", externalId, RuntimeTypes.VALUE_WRITER)
            .indent()
            .indent();
    for (PropertyModel property : type.properties()) {
      body.add("\n$L", calls.write(property, CodeBlock.of("value.$N()", property.javaName())));
    }
    body.add("\n.build());\n").unindent().unindent().unindent().unindent();
    return MethodSpec.methodBuilder("encode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.MOBJECT)
        .addParameter(record, "value")
        .addCode(body.build())
        .build();
  }

  private MethodSpec decode(FlowTypeModel type, ClassName record, PropertyModel id) {
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T reader = $T.of(object)", RuntimeTypes.VALUE_READER, RuntimeTypes.VALUE_READER)
            .add("return new $T(", record)
            .indent()
            .indent();
    List<PropertyModel> properties = type.properties();
    for (int i = 0; i < properties.size(); i++) {
      PropertyModel property = properties.get(i);
      CodeBlock value =
          property == id ? CodeBlock.of("$N(reader, object)", IDENTIFIER_METHOD) : calls.read(property, "reader");
      body.add("\n$L$L", value, i < properties.size() - 1 ? "," : "");
    }
    body.add(");\n").unindent().unindent();
    return MethodSpec.methodBuilder("decode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addParameter(RuntimeTypes.MOBJECT, "object")
        .addCode(body.build())
        .build();
  }

  /** Reads the identifier property, or the object's {@code externalId} when the property is empty. */
  private MethodSpec identifierMethod(PropertyModel id) {
    TypeName type = context.javaType(id);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(IDENTIFIER_METHOD)
            .addJavadoc(
                "The $L property, or the object's {@code externalId} when the property is empty.\n",
                JavadocText.code(id.flowName()))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(type)
            .addParameter(RuntimeTypes.VALUE_READER, "reader")
            .addParameter(RuntimeTypes.MOBJECT, "object")
            .addStatement("$T id = $L", type, calls.read(id, "reader"));
    if (id.kind() == ValueKind.STRING && id.enumType() == null) {
      return method
          .addStatement(
              "return id != null || $T.isAbsent(object.externalId()) ? id : object.externalId()",
              RuntimeTypes.CONTENT_VALUES)
          .build();
    }
    // The external id is text; read it as the property's content type would be read.
    return method
        .beginControlFlow("if (id != null || $T.isAbsent(object.externalId()))", RuntimeTypes.CONTENT_VALUES)
        .addStatement("return id")
        .endControlFlow()
        .addStatement(
            "$T fallback =$W$T.of($T.of($T.scalar($S, $L, object.externalId())))",
            RuntimeTypes.VALUE_READER, RuntimeTypes.VALUE_READER, ClassName.get(List.class),
            RuntimeTypes.PROPERTY, id.flowName(), EmitContext.contentType(id.kind()))
        .addStatement("return $L", calls.read(id, "fallback"))
        .build();
  }

  private static PropertyModel identifier(FlowTypeModel type) {
    if (type.idProperty() == null) {
      return null;
    }
    return type.properties().stream()
        .filter(p -> p.flowName().equals(type.idProperty()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(
                "Type '" + type.flowName() + "' has no identifier property '" + type.idProperty() + "'"));
  }
}
