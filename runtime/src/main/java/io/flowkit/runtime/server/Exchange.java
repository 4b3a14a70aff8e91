package io.flowkit.runtime.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.http.ProblemResponses;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.service.ServiceProblemException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request being answered: writes JSON bodies and, through {@link ProblemResponses}, refusals,
 * logged with the request id.
 */
final class Exchange {

  private static final Logger LOG = LoggerFactory.getLogger(FlowServer.class);

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final String requestId;
  private final ObjectMapper mapper;
  private long drainLimit = RequestBodies.MIN_DRAIN;
  private CallObservation observation;

  Exchange(Request request, Response response, Callback callback, String requestId, ObjectMapper mapper) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.requestId = requestId;
    this.mapper = mapper;
  }

  /** How far a refused body is drained, given the endpoint's body limit ({@link RequestBodies#drainLimit}). */
  void drainUpTo(long bodyLimit) {
    drainLimit = RequestBodies.drainLimit(bodyLimit);
  }

  /** Reports this exchange's answer to {@code observation}. */
  void observe(CallObservation observation) {
    this.observation = observation;
  }

  Request request() {
    return request;
  }

  String requestId() {
    return requestId;
  }

  /**
   * Answers 200 with {@code body} as JSON, after draining what the endpoint left unread of the
   * request body (a {@code GET} may carry one too): answering with a body unread makes Jetty close
   * the connection after the answer without saying so, and the client's next request on it fails.
   */
  void sendJson(Object body) {
    RequestBodies.drain(request, drainLimit);
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      LOG.error("Request {}: the answer could not be written as JSON", requestId, e);
      sendProblem(new ServiceProblemException(500, "The answer could not be written"));
      return;
    }
    if (observation != null) {
      observation.answered(200, null);
    }
    ProblemResponses.json(response, callback, 200, bytes);
  }

  /** Answers a {@code ServiceProblem}, logging it with the request id. */
  void sendProblem(ServiceProblemException problem) {
    int status = problem.status();
    String path = request.getHttpURI().getPath();
    if (status >= 500) {
      LOG.warn("Request {}: {} {} answered {}: {}", requestId, request.getMethod(), path, status, problem.getMessage());
    } else {
      LOG.info("Request {}: {} {} answered {}: {}", requestId, request.getMethod(), path, status, problem.getMessage());
    }
    if (observation != null) {
      observation.answered(status, problem.getMessage());
    }
    ProblemResponses.refuse(request, response, callback, problem, drainLimit);
  }
}
