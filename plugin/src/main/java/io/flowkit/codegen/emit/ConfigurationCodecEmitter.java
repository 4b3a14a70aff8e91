package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.PropertyModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The service's {@code ConfigurationCodec}: the configuration values of a call to the record. */
final class ConfigurationCodecEmitter {

  private final EmitContext context;
  private final WireCalls calls;

  ConfigurationCodecEmitter(EmitContext context, WireCalls calls) {
    this.context = context;
    this.calls = calls;
  }

  GeneratedFile codec() {
    ClassName configuration = context.configuration();
    ClassName codec = context.configurationCodec();
    List<PropertyModel> values =
        context.model().configurationValues().stream().map(EmitContext::asProperty).toList();

    MethodSpec.Builder decode =
        MethodSpec.methodBuilder("decode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(configuration)
            .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.ENGINE_VALUE), "values");
    if (values.isEmpty()) {
      decode.addStatement("return new $T()", configuration);
    } else {
      CodeBlock.Builder body =
          CodeBlock.builder()
              .addStatement("$T reader = $T.of(values)", RuntimeTypes.VALUE_READER, RuntimeTypes.VALUE_READER)
              .add("return new $T(", configuration)
              .indent()
              .indent();
      for (int i = 0; i < values.size(); i++) {
        body.add("\n$L$L", calls.readEnforcingRequired(values.get(i), "reader"), i < values.size() - 1 ? "," : "");
      }
      body.add(");\n").unindent().unindent();
      decode.addCode(body.build());
    }

    TypeSpec.Builder spec =
        TypeSpec.classBuilder(codec)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.CONFIGURATION_CODEC, configuration))
            .addJavadoc(
                "Reads the configuration values sent with every call into {@link $T}, failing with a\n"
                    + "{@code MissingValueException} that names a required value when it is absent or empty.\n",
                configuration)
            .addField(
                FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The codec; it is stateless.\n")
                    .initializer("new $T()", codec)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(decode.build());
    return context.file(spec);
  }
}
