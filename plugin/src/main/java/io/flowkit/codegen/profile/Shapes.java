package io.flowkit.codegen.profile;

import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.model.ValueKind;
import java.util.List;

/** The rules every profile reader applies the same way. */
public final class Shapes {

  private Shapes() {}

  /**
   * Turns what is still undecided into a string, with a warning: a value that can only be {@code
   * null}, or a schema without type information.
   */
  public static Shape settle(Shape shape, Reporter reporter) {
    if (shape instanceof NullShape nullShape) {
      reporter.warning(nullShape.source(),
          "only null here, so the type is unknown: typed as String (give an example value or a schema type)");
      return ScalarShape.of(ValueKind.STRING, nullShape.source());
    }
    if (shape instanceof AnyShape any) {
      reporter.warning(any.source(), "no type given: typed as String (add \"type\")");
      return ScalarShape.of(ValueKind.STRING, any.source());
    }
    return shape;
  }

  /**
   * A list of {@code item} under the Flow Services Server's rule that lists hold objects: a list of
   * values is an error, or, with {@link ScalarArrays#WRAP}, a list of objects with one {@code
   * Value} member; lists of lists are errors.
   *
   * @param at the array
   */
  public static Shape listOf(Shape item, SourceLocation at, ProfileOptions options, Reporter reporter) {
    Shape settled = settle(item, reporter);
    if (settled instanceof ObjectShape object) {
      return new ListShape(object, at);
    }
    if (settled instanceof ScalarShape scalar) {
      if (scalar.isJsonText() && options.scalarArrays() != ScalarArrays.WRAP) {
        return new ScalarShape(ValueKind.STRING, null, null, at, "an array of " + scalar.jsonText().replaceFirst("^an? ", ""));
      }
      if (options.scalarArrays() == ScalarArrays.WRAP) {
        ObjectShape wrapper = ObjectShape.of(scalar.source(), "One value of a list of values.",
            List.of(new Member("Value", scalar, false, scalar.description(), scalar.source())));
        return new ListShape(wrapper, at);
      }
      reporter.error(at, "an array of values is not supported: Flow lists hold objects"
          + " (set scalarArrays to wrap to wrap each value in an object with a Value property)");
      return new InvalidShape(at);
    }
    if (settled instanceof ListShape) {
      return jsonText("an array of arrays", "make the inner arrays objects to get a Flow list", null, at, reporter);
    }
    return settled;
  }

  /**
   * The fallback for what a valid schema says that no Flow type can hold: a {@code ContentString}
   * ({@code String} in Java) carrying the value's JSON text, with a warning naming what was lost
   * and how to refine the schema.
   *
   * @param what what the schema describes, for the warning and the generated Javadoc ({@code "a
   *     free-form object"})
   * @param refine how to give it a Flow type instead
   */
  public static ScalarShape jsonText(String what, String refine, String description, SourceLocation at,
      Reporter reporter) {
    reporter.warning(at, what + " has no Flow type: carried as JSON text in a ContentString (String in Java); "
        + refine);
    return new ScalarShape(ValueKind.STRING, null, description, at, what);
  }

  /** A human word for a shape, for messages. */
  public static String describe(Shape shape) {
    if (shape instanceof ObjectShape) {
      return "an object";
    }
    if (shape instanceof ListShape) {
      return "a list";
    }
    if (shape instanceof ScalarShape scalar) {
      return scalar.isJsonText() ? scalar.jsonText() : "a " + kindWord(scalar.kind()) + " value";
    }
    if (shape instanceof NullShape) {
      return "null";
    }
    return shape instanceof AnyShape ? "an untyped value" : "an invalid value";
  }

  /** A human word for a scalar kind, for messages. */
  public static String kindWord(ValueKind kind) {
    return switch (kind) {
      case STRING -> "string";
      case INTEGER -> "integer";
      case DECIMAL -> "number";
      case BOOLEAN -> "boolean";
      case DATE_TIME -> "date-time";
      case DATE -> "date";
      case PASSWORD -> "password";
      case OBJECT -> "object";
      case LIST -> "list";
    };
  }
}
