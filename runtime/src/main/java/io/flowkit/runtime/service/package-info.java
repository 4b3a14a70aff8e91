/**
 * What a generated service plugs into: the typed contracts users implement (message actions, data
 * actions, file resources), the context every call carries, and {@link
 * io.flowkit.runtime.service.FlowService}, which holds a service's describe metadata and its
 * dispatch table. {@link io.flowkit.runtime.service.FlowDispatcher} answers the protocol's wire
 * requests for a service, independent of HTTP, including WAIT answers and their callbacks ({@link
 * io.flowkit.runtime.service.HttpCallbackSender}).
 */
package io.flowkit.runtime.service;
