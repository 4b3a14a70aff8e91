package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.testing.HttpMutations;
import io.flowkit.runtime.testing.HttpMutations.Part;
import io.flowkit.runtime.testing.KeptAliveConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An upload whose request body breaks off after the file part (the closing boundary or the rest of
 * the declared length never arrives) is refused, and the implementation has not stored the file:
 * its read of the file ends only once the whole body has arrived well-formed. Before, the file
 * part's end let the implementation store the file, and the caller was then answered 400.
 */
class BrokenUploadsTest {

  private static final String REQUEST = "{\"configurationValues\":[{\"developerName\":\"API Key\",\"contentType\":\"ContentPassword\","
      + "\"contentValue\":\"k\"}],\"resourcePath\":\"/file\"}";

  @Test
  void aBodyThatEndsBeforeItsDeclaredLengthStoresNothing() throws Exception {
    assertRefusedAndNothingStored(List.of(Part.json("FileDataRequest", REQUEST), file()), false);
  }

  @Test
  void aBodyThatEndsBeforeItsDeclaredLengthStoresNothingWhenTheFileCameFirst() throws Exception {
    assertRefusedAndNothingStored(List.of(file(), Part.json("FileDataRequest", REQUEST)), false);
  }

  @Test
  void aBodyWithoutItsClosingBoundaryStoresNothing() throws Exception {
    assertRefusedAndNothingStored(List.of(Part.json("FileDataRequest", REQUEST), file()), true);
  }

  @Test
  void aWholeUploadIsStillStored() throws Exception {
    ExampleImplementations implementations = new ExampleImplementations();
    try (FlowServer server = FlowServer.builder().port(0).service(implementations.service(Duration.ofSeconds(30))).start();
        KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      byte[] body = HttpMutations.multipart("b0", List.of(Part.json("FileDataRequest", REQUEST), file()));
      KeptAliveConnection.Answer answer = connection.sendRaw(
          HttpMutations.RawRequest.of("POST", "/fs/orders/file/content", "multipart/form-data; boundary=b0", body).toBytes(connection.host()), false);

      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(implementations.receipts.list(new FileQuery("/file", null, null, null, 0, 0), null).items()).hasSize(1);
    }
  }

  private static Part file() {
    return Part.file("file", "r.txt", "text/plain", "x".repeat(50_000).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the parts declaring a longer body than is sent (or cut before the closing boundary), then stops sending. */
  private static void assertRefusedAndNothingStored(List<Part> parts, boolean cutClosingBoundary) throws Exception {
    ExampleImplementations implementations = new ExampleImplementations();
    try (FlowServer server = FlowServer.builder().port(0).service(implementations.service(Duration.ofSeconds(30))).start();
        KeptAliveConnection connection = KeptAliveConnection.open(server.uri())) {
      byte[] body = HttpMutations.multipart("b0", parts);
      HttpMutations.RawRequest request =
          HttpMutations.RawRequest.of("POST", "/fs/orders/file/content", "multipart/form-data; boundary=b0", body);
      if (cutClosingBoundary) {
        byte[] cut = new String(body, StandardCharsets.ISO_8859_1).replace("--b0--\r\n", "--b0").getBytes(StandardCharsets.ISO_8859_1);
        request = request.withBody(cut);
      } else {
        request = request.withFraming(HttpMutations.Framing.LENGTH_LONG);
      }
      KeptAliveConnection.Answer answer = connection.sendRaw(request.toBytes(connection.host()), true);

      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.body()).contains("\"statusCode\":400");
      assertThat(implementations.receipts.list(new FileQuery("/file", null, null, null, 0, 0), null).items())
          .as("files stored").isEmpty();
    }
  }
}
