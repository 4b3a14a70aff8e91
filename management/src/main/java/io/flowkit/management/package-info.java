/**
 * Runtime management for a {@code FlowServer}, off unless plugged in with {@code
 * FlowServer.builder().management(Management.onPort(9091))}: on a port of its own, a server-rendered
 * page of the deployed services and their listeners ({@link io.flowkit.management.StatusPage}), the
 * same as JSON at {@code /status}, and Prometheus metrics at {@code /metrics}. Every figure lives in
 * a Micrometer registry ({@link io.flowkit.management.FlowMeters}); the page and the JSON read it
 * back, so they always agree with what Prometheus scrapes.
 */
package io.flowkit.management;
