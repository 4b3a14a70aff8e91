/**
 * What a generated service plugs into: the typed contracts users implement (message actions, data
 * actions, file resources), the context every call carries, and {@link
 * io.flowkit.runtime.service.FlowService}, which holds a service's describe metadata and its
 * dispatch table. {@link io.flowkit.runtime.service.FlowDispatcher} answers the protocol's wire
 * requests for a service, independent of HTTP, including WAIT answers and their callbacks ({@link
 * io.flowkit.runtime.service.HttpCallbackSender}); it is a front over one package-private part each
 * for message actions, data actions and file resources. Every refused call ends in a {@link
 * io.flowkit.runtime.service.ServiceProblemException}, the refusal the HTTP stack ({@code
 * io.flowkit.runtime.http}) answers.
 */
package io.flowkit.runtime.service;
