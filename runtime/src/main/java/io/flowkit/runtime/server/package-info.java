/**
 * {@link io.flowkit.runtime.server.FlowServer}: serves generated Flow services (and mounted Jetty
 * handlers such as the External Storage API store) on embedded Jetty 12, with HTTP Basic
 * authentication, TLS and client certificates, request limits, {@code ServiceProblem} errors (written
 * by the HTTP stack it shares with the store, {@code io.flowkit.runtime.http}), liveness and readiness
 * endpoints, and the events a management view plugged in through {@code
 * FlowServer.Builder.management} receives ({@code io.flowkit.runtime.observe}).
 */
package io.flowkit.runtime.server;
