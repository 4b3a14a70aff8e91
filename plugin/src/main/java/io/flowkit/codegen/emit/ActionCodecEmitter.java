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
import io.flowkit.codegen.model.ValueKind;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * One codec per message action, with both sides of a call: the service's (inputs to the request
 * record, enforcing required inputs; the response record to outputs), which the generated service
 * dispatches through, and the platform's (the request record to inputs; outputs to the response
 * record, leniently), for tests that call the service as Flow does.
 */
final class ActionCodecEmitter {

  private static final TypeName ENGINE_VALUES =
      ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.ENGINE_VALUE);

  private final EmitContext context;
  private final WireCalls calls;

  ActionCodecEmitter(EmitContext context, WireCalls calls) {
    this.context = context;
    this.calls = calls;
  }

  GeneratedFile codec(MessageActionModel action) {
    ClassName request = context.className(action.requestJavaName());
    ClassName response = context.className(action.responseJavaName());
    TypeSpec.Builder codec =
        TypeSpec.classBuilder(context.className(action.javaName() + "Codec"))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Moves the inputs and outputs of the Flow message action $L\nbetween their wire form and "
                    + "{@link $T} / {@link $T}.\n\n"
                    + "<p>{@link #decodeInputs} and {@link #encodeOutputs} are the service's side of a call: the\n"
                    + "generated service dispatches through them. {@link #encodeInputs} and {@link #decodeOutputs}\n"
                    + "are the platform's, for tests that call the service as Flow does (with {@code FlowPlatform}).\n",
                JavadocText.code(action.flowName()), request, response)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(decodeInputs(action, request))
            .addMethod(encodeOutputs(action, response))
            .addMethod(encodeInputs(action, request))
            .addMethod(decodeOutputs(action, response));
    return context.file(codec);
  }

  private MethodSpec decodeInputs(MessageActionModel action, ClassName request) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decodeInputs")
            .addJavadoc("The request of the action's inputs, matched by exact name.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(request)
            .addParameter(ENGINE_VALUES, "inputs");
    if (!action.inputs().isEmpty()) {
      method.addJavadoc(
          "\n@throws io.flowkit.runtime.codec.MissingValueException naming a required input that is absent\n"
              + "@throws io.flowkit.runtime.codec.CodecException naming an input that does not fit its type\n");
    }
    return method.addCode(read(request, action.inputs(), "inputs", true)).build();
  }

  private MethodSpec encodeOutputs(MessageActionModel action, ClassName response) {
    return MethodSpec.methodBuilder("encodeOutputs")
        .addJavadoc("The action's outputs, one engine value per output, {@code null}s included.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ENGINE_VALUES)
        .addParameter(response, "response")
        .addCode(
            write(
                "response", action.outputs(), "engineValues",
                "The message action '" + action.flowName() + "' returned no response"))
        .build();
  }

  private MethodSpec encodeInputs(MessageActionModel action, ClassName request) {
    for (PropertyModel input : action.inputs()) {
      // Passwords exist only as configuration values; the writer would drop a password's value,
      // right for what a service answers but a silent loss for an input.
      if (input.kind() == ValueKind.PASSWORD) {
        throw new IllegalArgumentException(
            "The input '" + input.flowName() + "' of the message action '" + action.flowName()
                + "' is a password; only configuration values can be");
      }
    }
    return MethodSpec.methodBuilder("encodeInputs")
        .addJavadoc(
            "The action's inputs as the platform sends them, one engine value per input, {@code null}s\n"
                + "included (an object or list as not provided).\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ENGINE_VALUES)
        .addParameter(request, "request")
        .addCode(
            write("request", action.inputs(), "inputs", "No request for the message action '" + action.flowName() + "'"))
        .build();
  }

  private MethodSpec decodeOutputs(MessageActionModel action, ClassName response) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decodeOutputs")
            .addJavadoc(
                "The response of the action's outputs, matched by exact name. Required outputs are not\n"
                    + "enforced, so that a test sees an output the service left out as {@code null}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(response)
            .addParameter(ENGINE_VALUES, "outputs");
    if (!action.outputs().isEmpty()) {
      method.addJavadoc("\n@throws io.flowkit.runtime.codec.CodecException naming an output that does not fit its type\n");
    }
    return method.addCode(read(response, action.outputs(), "outputs", false)).build();
  }

  /** {@code return new Record(reader.…, …);} over the engine values in {@code parameter}. */
  private CodeBlock read(ClassName record, List<PropertyModel> values, String parameter, boolean enforceRequired) {
    if (values.isEmpty()) {
      return CodeBlock.builder().addStatement("return new $T()", record).build();
    }
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T reader = $T.of($N)", RuntimeTypes.VALUE_READER, RuntimeTypes.VALUE_READER, parameter)
            .add("return new $T(", record)
            .indent()
            .indent();
    for (int i = 0; i < values.size(); i++) {
      PropertyModel value = values.get(i);
      CodeBlock read = enforceRequired ? calls.readEnforcingRequired(value, "reader") : calls.read(value, "reader");
      body.add("\n$L$L", read, i < values.size() - 1 ? "," : "");
    }
    return body.add(");\n").unindent().unindent().build();
  }

  /**
   * {@code return ValueWriter.engineValues().….build();} (or {@code inputs()}, per {@code writer})
   * over the components of the record in {@code record}.
   */
  private CodeBlock write(String record, List<PropertyModel> values, String writer, String nullMessage) {
    if (values.isEmpty()) {
      return CodeBlock.builder().addStatement("return $T.of()", ClassName.get(List.class)).build();
    }
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T.requireNonNull($N, $S)", Objects.class, record, nullMessage)
            .add("return $T.$N()", RuntimeTypes.VALUE_WRITER, writer)
            .indent()
            .indent();
    for (PropertyModel value : values) {
      body.add("\n$L", calls.write(value, CodeBlock.of("$N.$N()", record, value.javaName())));
    }
    return body.add("\n.build();\n").unindent().unindent().build();
  }
}
