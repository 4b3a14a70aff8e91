package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.EnumModel;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The enums of enumerated string properties. Each constant carries the exact string Flow and the
 * profile's JSON use; Jackson reads and writes that string.
 */
final class EnumEmitter {

  /** Up to this many values are listed in the message for an unknown value. */
  private static final int LISTED_VALUES = 10;

  private final EmitContext context;

  EnumEmitter(EmitContext context) {
    this.context = context;
  }

  GeneratedFile enumType(EnumModel model) {
    if (model.constants().isEmpty()) {
      throw new IllegalArgumentException("The enum " + model.javaName() + " has no values");
    }
    ClassName name = context.className(model.javaName());
    StringBuilder doc = new StringBuilder();
    if (model.description() != null && !model.description().isBlank()) {
      doc.append(JavadocText.sentence(model.description())).append("\n\n<p>");
    }
    doc.append("Flow sees these values as plain strings ({@code ContentString}).\n");

    TypeSpec.Builder type =
        TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc("$L", doc.toString());
    for (EnumModel.Constant constant : model.constants()) {
      type.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.value()).build());
    }
    type.addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(
        MethodSpec.constructorBuilder().addParameter(String.class, "value").addStatement("this.value = value").build());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc("The value exactly as Flow and the profile's JSON carry it.\n")
            .addAnnotation(RuntimeTypes.JSON_VALUE)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc("The constant whose {@link #value()} is {@code value}.\n\n")
            .addJavadoc("@throws IllegalArgumentException for any other value\n")
            .addAnnotation(RuntimeTypes.JSON_CREATOR)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(String.class, "value")
            .beginControlFlow("for ($T constant : values())", name)
            .beginControlFlow("if (constant.value.equals(value))")
            .addStatement("return constant")
            .endControlFlow()
            .endControlFlow()
            .addStatement("throw new $T($S)", IllegalArgumentException.class, unknownValueMessage(model))
            .build());
    return context.file(type);
  }

  /** Names the allowed values but never echoes the value received, which may be long or secret. */
  private static String unknownValueMessage(EnumModel model) {
    if (model.constants().size() > LISTED_VALUES) {
      return "not a known " + model.javaName() + " value";
    }
    return "expected one of "
        + model.constants().stream().map(c -> "'" + c.value() + "'").collect(Collectors.joining(", "));
  }
}
