/**
 * The store's HTTP face on Jetty 12's core {@code Handler} API: the External Storage API routes
 * ({@code /health}, {@code /states/{tenant}}, {@code /states/{tenant}/{id}}) under a base path, the
 * request checks in their order (key-id headers, signature header, body) and every refusal as a
 * small {@code ServiceProblem} JSON body.
 */
package io.flowkit.store.http;
