/**
 * flowkit side by side with what a user would otherwise pick: the Flow Java SDK 2.0.1 serving the
 * same service, a bare Jetty 12 handler answering the same bytes (the ceiling), and jsonschema2pojo
 * 1.3.3 generating the same schema. {@link io.flowkit.benchmarks.peers.PeerComparison} runs all of
 * it ({@code it/benchmarks/peers.sh}) and prints one table; the servers run in processes of their
 * own and {@code wrk} loads them.
 */
package io.flowkit.benchmarks.peers;
