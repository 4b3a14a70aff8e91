/**
 * The store's HTTP face on Jetty 12's core {@code Handler} API: the External Storage API routes
 * ({@code /health}, {@code /states/{tenant}}, {@code /states/{tenant}/{id}}) under a base path, the
 * request checks in their order (key-id headers, signature header, body) and every refusal as a
 * {@link io.flowkit.runtime.service.ServiceProblemException}, answered by the runtime's HTTP stack
 * ({@code io.flowkit.runtime.http}) as a small {@code ServiceProblem} JSON body after the rest of the
 * request body is drained.
 */
package io.flowkit.store.http;
