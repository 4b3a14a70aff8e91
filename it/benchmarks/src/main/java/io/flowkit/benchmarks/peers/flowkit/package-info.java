/**
 * The peer service on flowkit: implementations of the interfaces generated from
 * {@code src/main/flow/peers.flow.json}, served by {@code FlowServer}.
 */
package io.flowkit.benchmarks.peers.flowkit;
