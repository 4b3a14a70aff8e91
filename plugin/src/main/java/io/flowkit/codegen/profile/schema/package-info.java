/**
 * JSON Schema profiles (draft-04, -06, -07, 2019-09, 2020-12) read into {@link
 * io.flowkit.codegen.profile.Shape}s: {@code $ref} to local pointers, anchors and other files (with
 * fragments, relative to the referring file, cycles included), {@code definitions}/{@code $defs},
 * {@code allOf} merged, nullable unions unwrapped, other unions merged into one all-optional
 * object, maps turned into key/value entry lists, and a nesting cap.
 */
package io.flowkit.codegen.profile.schema;
