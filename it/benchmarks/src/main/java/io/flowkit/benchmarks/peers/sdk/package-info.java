/**
 * The peer service hand-written on the Flow Java SDK 2.0.1, the way its documentation shows:
 * annotated input, output and type classes bound by reflection, an {@code ActionCommand}, a
 * {@code ReadOnlyDatabase}, served by the SDK's own Undertow + RESTEasy server. The SDK scans this
 * package (its Reflections scanning is per package), so nothing else belongs here.
 */
package io.flowkit.benchmarks.peers.sdk;
