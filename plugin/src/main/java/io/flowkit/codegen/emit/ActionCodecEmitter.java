package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * One codec per message action: its inputs (engine values) to the request record, enforcing
 * required inputs, and its response record to output engine values.
 */
final class ActionCodecEmitter {

  private final EmitContext context;
  private final WireCalls calls;

  ActionCodecEmitter(EmitContext context, WireCalls calls) {
    this.context = context;
    this.calls = calls;
  }

  GeneratedFile codec(MessageActionModel action) {
    ClassName request = context.className(action.requestJavaName());
    ClassName response = context.className(action.responseJavaName());
    TypeName engineValues = ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.ENGINE_VALUE);
    TypeSpec.Builder codec =
        TypeSpec.classBuilder(context.className(action.javaName() + "Codec"))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Moves the inputs and outputs of the Flow message action $L\nbetween their wire form and "
                    + "{@link $T} / {@link $T}.\n",
                JavadocText.code(action.flowName()), request, response)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(decodeInputs(action, request, engineValues))
            .addMethod(encodeOutputs(action, response, engineValues));
    return context.file(codec);
  }

  private MethodSpec decodeInputs(MessageActionModel action, ClassName request, TypeName engineValues) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decodeInputs")
            .addJavadoc("The request of the action's inputs, matched by exact name.\n\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(request)
            .addParameter(engineValues, "inputs");
    List<PropertyModel> inputs = action.inputs();
    if (inputs.isEmpty()) {
      return method.addStatement("return new $T()", request).build();
    }
    method.addJavadoc(
        "@throws io.flowkit.runtime.codec.MissingValueException naming a required input that is absent\n"
            + "@throws io.flowkit.runtime.codec.CodecException naming an input that does not fit its type\n");
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T reader = $T.of(inputs)", RuntimeTypes.VALUE_READER, RuntimeTypes.VALUE_READER)
            .add("return new $T(", request)
            .indent()
            .indent();
    for (int i = 0; i < inputs.size(); i++) {
      body.add("\n$L$L", calls.readEnforcingRequired(inputs.get(i), "reader"), i < inputs.size() - 1 ? "," : "");
    }
    body.add(");\n").unindent().unindent();
    return method.addCode(body.build()).build();
  }

  private MethodSpec encodeOutputs(MessageActionModel action, ClassName response, TypeName engineValues) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("encodeOutputs")
            .addJavadoc("The action's outputs, one engine value per output, {@code null}s included.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(engineValues)
            .addParameter(response, "response");
    if (action.outputs().isEmpty()) {
      return method.addStatement("return $T.of()", ClassName.get(List.class)).build();
    }
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement(
                "$T.requireNonNull(response, $S)",
                Objects.class, "The message action '" + action.flowName() + "' returned no response")
            .add("return $T.engineValues()", RuntimeTypes.VALUE_WRITER)
            .indent()
            .indent();
    for (PropertyModel output : action.outputs()) {
      body.add("\n$L", calls.write(output, CodeBlock.of("response.$N()", output.javaName())));
    }
    body.add("\n.build();\n").unindent().unindent();
    return method.addCode(body.build()).build();
  }
}
