package io.flowkit.codegen.profile;

import io.flowkit.codegen.descriptor.ProfileKind;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.json.JsonDocuments;
import io.flowkit.codegen.profile.sample.SampleShapeReader;
import io.flowkit.codegen.profile.schema.SchemaShapeReader;
import java.util.Optional;

/**
 * Reads the profiles of one descriptor, schema or sample alike, and applies the rule common to
 * both: the root of a profile is an object.
 */
public final class ProfileReader {

  private final SchemaShapeReader schemas;
  private final SampleShapeReader samples;
  private final Reporter reporter;

  public ProfileReader(JsonDocuments documents, ProfileOptions options, Reporter reporter) {
    this.schemas = new SchemaShapeReader(documents, options, reporter);
    this.samples = new SampleShapeReader(documents, options, reporter);
    this.reporter = reporter;
  }

  /** The root object of a profile, or empty after reporting why there is none. */
  public Optional<ObjectShape> read(ProfileReference reference) {
    Optional<Shape> shape = reference.kind() == ProfileKind.SCHEMA
        ? schemas.read(reference)
        : samples.read(reference);
    if (shape.isEmpty() || shape.get() instanceof InvalidShape) {
      return Optional.empty();
    }
    if (shape.get() instanceof ObjectShape object) {
      // an incomplete root is part of a reported cycle
      return object.isComplete() ? Optional.of(object) : Optional.empty();
    }
    reporter.error(shape.get().source(), "the root of a profile must be an object, not "
        + Shapes.describe(shape.get()) + " (Flow maps its entries to inputs, outputs or properties)");
    return Optional.empty();
  }
}
