/** The ceiling of the HTTP comparison: a Jetty 12 handler that answers recorded bytes. */
package io.flowkit.benchmarks.peers.bare;
