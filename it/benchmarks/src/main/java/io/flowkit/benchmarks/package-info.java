/**
 * JMH benchmarks: the generator on a large schema, and the {@code generate} goal when nothing
 * changed. Run {@code java -jar it/benchmarks/target/benchmarks.jar} after building with {@code -Dbench}.
 */
package io.flowkit.benchmarks;
