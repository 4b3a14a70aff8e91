/**
 * Turns a {@link io.flowkit.codegen.model.ServiceModel} into Java sources with JavaPoet: one small
 * emitter per kind of output (records, enums, codecs, interfaces, the service assembly and its
 * describe metadata), driven by {@link io.flowkit.codegen.emit.JavaSourceEmitter}.
 *
 * <p>Every emitter is a pure function of the model: no clock, no hash iteration order, no file
 * system, so the same model always gives the same bytes. The generated code depends only on the
 * public API of {@code flowkit-runtime} and {@code jackson-annotations}.
 */
package io.flowkit.codegen.emit;
