package io.flowkit.runtime.server;

import static io.flowkit.runtime.server.JettyErrorsTest.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.example.ExampleImplementations;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed headers and bodies are refused with a 4xx {@code ServiceProblem}, never a 5xx. */
class MalformedRequestsTest {

  private static String post(FlowServer server, String path, String contentType, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange(server, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + bytes.length + "\r\n\r\n" + body);
  }

  private static FlowServer start() throws Exception {
    return FlowServer.builder().port(0).service(new ExampleImplementations().service(Duration.ofSeconds(30))).start();
  }

  @ParameterizedTest
  @ValueSource(strings = {";;;", ";", ";charset=utf-8", "=;=", ";multipart/form-data", "text/plain;;;"})
  void aMalformedContentTypeIsA415Problem(String contentType) throws Exception {
    try (FlowServer server = start()) {
      for (String path : new String[] {"/fs/orders/metadata", "/fs/orders/metadata/install", "/fs/orders/data",
          "/fs/orders/file", "/fs/orders/file/content"}) {
        String answer = post(server, path, contentType, "{}");

        assertThat(answer).as(path + " with " + contentType).startsWith("HTTP/1.1 415");
        assertThat(answer).contains("\"statusCode\":415").containsIgnoringCase("X-ManyWho-Service-Problem-Kind");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}}}}", "{} {}", "{}x", "{\"uri\":\"a\",\"uri\":\"b\"}"})
  void aBodyThatIsNotExactlyOneJsonDocumentIsA400Problem(String body) throws Exception {
    try (FlowServer server = start()) {
      String answer = post(server, "/fs/orders/metadata", "application/json", body);

      assertThat(answer).as(body).startsWith("HTTP/1.1 400");
      assertThat(answer).contains("\"statusCode\":400");
    }
  }

  /**
   * JSON is UTF-8 (RFC 8259 section 8.1). Jackson's byte parser reads some malformed UTF-8 as if it
   * were well formed; each of these, put into a string value and into a name, must be a 400.
   */
  @ParameterizedTest
  @ValueSource(strings = {"C0AF", "F4908080", "EDA080", "FF", "80", "C328"})
  void aBodyThatIsNotUtf8IsA400Problem(String hex) throws Exception {
    StringBuilder raw = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 2) {
      raw.append((char) Integer.parseInt(hex.substring(i, i + 2), 16));
    }
    try (FlowServer server = start()) {
      // The names read first, so that Jackson's symbol table knows them.
      assertThat(postRaw(server, "{\"uri\":\"x\",\"culture\":null}")).startsWith("HTTP/1.1 200");
      for (String body : new String[] {"{\"uri\":\"x" + raw + "y\"}", "{\"cultur" + raw + "e\":null}"}) {
        String answer = postRaw(server, body);

        assertThat(answer).as(hex + " in " + body).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("\"statusCode\":400").contains("Malformed JSON: Not valid UTF-8 at byte ");
      }
    }
  }

  @Test
  void anUploadWhoseFileDataRequestIsNotUtf8IsA400Problem() throws Exception {
    try (FlowServer server = start()) {
      String body = "--b\r\nContent-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json\r\n\r\n"
          + "{\"resourcePath\":\"/files\u00c0\u00af\"}\r\n"
          + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n";
      String answer = postRaw(server, "/fs/orders/file/content", "multipart/form-data; boundary=b", body);

      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).contains("Malformed JSON: Not valid UTF-8 at byte ");
    }
  }

  /** Posts {@code body} to the metadata endpoint, each char below 256 sent as the byte of that value. */
  private static String postRaw(FlowServer server, String body) throws Exception {
    return postRaw(server, "/fs/orders/metadata", "application/json", body);
  }

  private static String postRaw(FlowServer server, String path, String contentType, String body) throws Exception {
    return exchange(server, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
  }

  @Test
  void aWellFormedBodyIsStillServed() throws Exception {
    try (FlowServer server = start()) {
      assertThat(post(server, "/fs/orders/metadata", "application/json; charset=utf-8", "{}"))
          .startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void anUnsupportedCriteriaTypeIsNamedWithoutJavaNames() throws Exception {
    try (FlowServer server = start()) {
      String answer = post(server, "/fs/orders/data", "application/json",
          "{\"objectDataType\":{\"developerName\":\"Order\"},\"listFilter\":{\"where\":"
              + "[{\"columnName\":\"id\",\"criteriaType\":\"ANY_EQUAL\",\"contentValue\":\"1\"}]}}");

      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).contains("the criteria type 'ANY_EQUAL' is not supported; supported: EQUAL, NOT_EQUAL")
          .doesNotContain("io.flowkit").doesNotContain("No enum constant");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/fs/orders/data|{\"objectDataType\":{\"developerName\":\"Ticket\"},\"listFilter\":{\"orderByDirectionType\":\"SIDEWAYS\"}}|the order direction 'SIDEWAYS' is not supported; supported: ASC, DESC",
      "/fs/orders/file|{\"resourcePath\":\"/file\",\"listFilter\":{\"orderByDirectionType\":\"%00\"}}|the order direction '%00' is not supported; supported: ASC, DESC",
      "/fs/orders/data|{\"objectDataType\":{\"developerName\":\"Ticket\"},\"listFilter\":{\"comparisonType\":\"XOR\"}}|the comparison type 'XOR' is not supported; supported: AND, OR"})
  void anUnknownEnumerationValueIsNamedWithTheSupportedOnesWithoutJavaNames(String example) throws Exception {
    String[] parts = example.split("\\|");
    try (FlowServer server = start()) {
      String answer = post(server, parts[0], "application/json", parts[1]);

      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).contains(parts[2]).doesNotContain("io.flowkit").doesNotContain("No enum constant");
    }
  }

  @Test
  void aMultipartPartWithAMalformedContentDispositionIsA400Problem() throws Exception {
    try (FlowServer server = start()) {
      String body = "--b\r\nContent-Disposition: form-data; name=\"\r\nContent-Type: application/json\r\n\r\n{}\r\n--b--\r\n";
      String answer = post(server, "/fs/orders/file/content", "multipart/form-data; boundary=b", body);

      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).contains("malformed Content-Disposition").contains("\"statusCode\":400");
    }
  }
}
