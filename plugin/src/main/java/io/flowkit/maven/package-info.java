/**
 * The Maven goals {@code flowkit:generate} and {@code flowkit:generate-test}: thin shells that turn
 * their parameters into a {@link io.flowkit.codegen.generation.GenerationRequest}, run the {@link
 * io.flowkit.codegen.generation.Generator}, log its diagnostics javac-style and register the output
 * directory as a (test) compile source root. Everything else lives in plain, Maven-free classes.
 */
package io.flowkit.maven;
