package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.flowkit.codegen.model.PropertyModel;

/**
 * The {@code ValueReader} and {@code ValueWriter} calls that move one property between its Java
 * value and its wire form, per value kind: the one place that knows how each kind is encoded.
 */
final class WireCalls {

  private final EmitContext context;

  WireCalls(EmitContext context) {
    this.context = context;
  }

  /** {@code reader.string("name")}, {@code reader.object("customer", CustomerCodec.INSTANCE)}, … */
  CodeBlock read(PropertyModel property, String reader) {
    String name = property.flowName();
    if (property.enumType() != null) {
      ClassName type = context.className(property.enumType().javaName());
      return CodeBlock.of("$L.enumValue($S, $T::fromValue)", reader, name, type);
    }
    return switch (property.kind()) {
      case STRING, PASSWORD -> CodeBlock.of("$L.string($S)", reader, name);
      case INTEGER -> CodeBlock.of("$L.integer($S)", reader, name);
      case DECIMAL -> CodeBlock.of("$L.decimal($S)", reader, name);
      case BOOLEAN -> CodeBlock.of("$L.bool($S)", reader, name);
      case DATE_TIME -> CodeBlock.of("$L.dateTime($S)", reader, name);
      case DATE -> CodeBlock.of("$L.date($S)", reader, name);
      case OBJECT -> CodeBlock.of("$L.object($S, $T.INSTANCE)", reader, name, codecOf(property));
      case LIST -> CodeBlock.of("$L.list($S, $T.INSTANCE)", reader, name, codecOf(property));
    };
  }

  /** {@link #read}, wrapped in {@code reader.required(…)} when the property is required. */
  CodeBlock readEnforcingRequired(PropertyModel property, String reader) {
    CodeBlock read = read(property, reader);
    return property.required()
        ? CodeBlock.of("$L.required($S, $L)", reader, property.flowName(), read)
        : read;
  }

  /** One link of a writer chain: {@code .string("name", value)} and so on. */
  CodeBlock write(PropertyModel property, CodeBlock value) {
    String name = property.flowName();
    if (property.enumType() != null) {
      ClassName type = context.className(property.enumType().javaName());
      return CodeBlock.of(".enumValue($S, $L, $T::value)", name, value, type);
    }
    return switch (property.kind()) {
      case STRING -> CodeBlock.of(".string($S, $L)", name, value);
      case PASSWORD -> CodeBlock.of(".password($S, $L)", name, value);
      case INTEGER, DECIMAL -> CodeBlock.of(".number($S, $L)", name, value);
      case BOOLEAN -> CodeBlock.of(".bool($S, $L)", name, value);
      case DATE_TIME -> CodeBlock.of(".dateTime($S, $L)", name, value);
      case DATE -> CodeBlock.of(".date($S, $L)", name, value);
      case OBJECT -> CodeBlock.of(".object($S, $L, $T.INSTANCE)", name, value, codecOf(property));
      case LIST -> CodeBlock.of(".list($S, $L, $T.INSTANCE)", name, value, codecOf(property));
    };
  }

  /**
   * The string an identifier property's value travels as in {@code MObject.externalId}: the same
   * encoding as its content value.
   */
  CodeBlock externalId(PropertyModel property, CodeBlock value) {
    if (property.enumType() != null) {
      return CodeBlock.of("$L == null ? null : $L.value()", value, value);
    }
    return switch (property.kind()) {
      case STRING -> value;
      case INTEGER, DECIMAL -> CodeBlock.of("$T.writeNumber($L)", RuntimeTypes.CONTENT_VALUES, value);
      case BOOLEAN -> CodeBlock.of("$T.writeBoolean($L)", RuntimeTypes.CONTENT_VALUES, value);
      case DATE_TIME -> CodeBlock.of("$T.writeDateTime($L)", RuntimeTypes.CONTENT_VALUES, value);
      case DATE -> CodeBlock.of("$T.writeDate($L)", RuntimeTypes.CONTENT_VALUES, value);
      case PASSWORD, OBJECT, LIST -> throw new IllegalArgumentException(
          "'" + property.flowName() + "' is " + property.kind() + " and cannot be an identifier");
    };
  }

  private ClassName codecOf(PropertyModel property) {
    return context.codec(context.referenced(property));
  }
}
