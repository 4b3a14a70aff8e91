/**
 * JSON Schema profiles (draft-04, -06, -07, 2019-09, 2020-12) read into {@link
 * io.flowkit.codegen.profile.Shape}s: {@code $ref} to local pointers, anchors and other files (with
 * fragments, relative to the referring file, cycles included), {@code definitions}/{@code $defs},
 * {@code allOf} merged, nullable unions unwrapped, other unions merged into one all-optional
 * object, maps turned into key/value entry lists, and a nesting cap.
 *
 * <p>{@link io.flowkit.codegen.profile.schema.SchemaShapeReader} drives the reading (references,
 * recursion, objects, arrays, maps); {@code ScalarSchemas} turns {@code type}, {@code format},
 * {@code enum} and {@code const} into value shapes; {@code SchemaCombinators} merges {@code allOf}
 * and reduces {@code oneOf}/{@code anyOf}, with {@code DeferredMerges} holding merges that wait
 * for recursive objects.
 */
package io.flowkit.codegen.profile.schema;
