/**
 * The HTTP stack the services' {@code FlowServer} and the External Storage API store share, on
 * Jetty 12 core: every refusal is a {@link io.flowkit.runtime.service.ServiceProblemException},
 * answered by {@link io.flowkit.runtime.http.ProblemResponses} as a {@code ServiceProblem} JSON body
 * with {@code X-ManyWho-Service-Problem-Kind}, after the unread request body is drained (bounded) so
 * that a kept-alive connection survives the refusal, as {@link io.flowkit.runtime.http.RequestBodies}
 * drains every body it opens; {@link
 * io.flowkit.runtime.http.ProblemErrorHandler} does the same for what Jetty refuses itself; {@link
 * io.flowkit.runtime.http.Methods} refuses a method with 405 and {@code Allow}; {@link
 * io.flowkit.runtime.http.RequestIds} ties answers to log lines.
 */
package io.flowkit.runtime.http;
