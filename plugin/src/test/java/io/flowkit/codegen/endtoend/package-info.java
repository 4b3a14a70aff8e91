/**
 * End-to-end tests of the generator: descriptors and profiles on disk, read by the real {@code
 * DescriptorModelReader}, emitted by the real {@code JavaSourceEmitter} and compiled in memory with
 * {@code -Xlint:all -Werror}, so that what the reader decides (names, limits) is proven to compile.
 */
package io.flowkit.codegen.endtoend;
