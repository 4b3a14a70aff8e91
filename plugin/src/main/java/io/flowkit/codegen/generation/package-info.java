/**
 * One generation run as plain Java, testable without Maven: the immutable {@link
 * io.flowkit.codegen.generation.GenerationRequest} flows one way through reading ({@link
 * io.flowkit.codegen.generation.ModelReader}), emitting ({@link
 * io.flowkit.codegen.generation.SourceEmitter}) and writing.
 */
package io.flowkit.codegen.generation;
