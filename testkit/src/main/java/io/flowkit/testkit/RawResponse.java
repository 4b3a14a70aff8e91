package io.flowkit.testkit;

import static io.flowkit.runtime.wire.Abbreviations.abbreviate;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.runtime.wire.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An HTTP answer as received: status, headers and body. */
public record RawResponse(int status, HttpHeaders headers, byte[] body) {

  /** How much of a body a failure message quotes. */
  private static final int QUOTED_BODY = 200;

  /** The first value of a header, if present. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as a JSON tree. */
  public JsonNode json() {
    try {
      return WireJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("The body is not JSON: " + abbreviate(bodyText(), QUOTED_BODY), e);
    }
  }

  /** The body read as {@code type}. */
  public <T> T as(Class<T> type) {
    try {
      return WireJson.mapper().readValue(body, type);
    } catch (IOException e) {
      throw new UncheckedIOException("The body is not a " + type.getSimpleName() + ": " + abbreviate(bodyText(), QUOTED_BODY), e);
    }
  }

  /** The {@code ServiceProblem} in the body, when the answer carries the problem-kind header and parses. */
  public Optional<ServiceProblem> problem() {
    if (header(ServiceProblem.KIND_HEADER).isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(WireJson.mapper().readValue(body, ServiceProblem.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
