/**
 * The External Storage API store: {@link io.flowkit.store.FlowStore}, which Boomi Flow can
 * be pointed at to keep its runtime states outside the platform. It runs standalone (its own Jetty
 * server), embedded in an application, or mounted beside services in {@code FlowServer} through its
 * Jetty {@link org.eclipse.jetty.server.Handler}.
 *
 * <p>The parts live in sub-packages: {@code keys} (the key pairs), {@code jose} (tokens),
 * {@code state} (what is kept), {@code repository} (JDBC, migrations) and {@code http} (routes).
 */
package io.flowkit.store;
