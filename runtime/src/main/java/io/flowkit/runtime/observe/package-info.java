/**
 * What a running server tells whoever watches it, without a metrics library: {@link
 * io.flowkit.runtime.observe.FlowObserver} receives one event per call (service, {@link
 * io.flowkit.runtime.observe.Listener}, status, duration), WAIT answers and callback deliveries;
 * {@link io.flowkit.runtime.observe.StatusReporting} is what a mounted component (the store) reports
 * about itself; {@link io.flowkit.runtime.observe.ServerMonitor} is the plug a management view
 * ({@code flowkit-management}) goes into through {@code FlowServer.Builder.management}. Nothing here
 * costs anything when no monitor is plugged in.
 */
package io.flowkit.runtime.observe;
