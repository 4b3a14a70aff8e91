/**
 * {@link io.flowkit.runtime.server.FlowServer}: serves generated Flow services (and mounted Jetty
 * handlers such as the External Storage API store) on embedded Jetty 12, with HTTP Basic
 * authentication, TLS and client certificates, request limits, {@code ServiceProblem} errors (written
 * by the HTTP stack it shares with the store, {@code io.flowkit.runtime.http}) and a health endpoint.
 */
package io.flowkit.runtime.server;
