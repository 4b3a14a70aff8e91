package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.runtime.example.Receipt;
import io.flowkit.runtime.wire.FileListFilter;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.WireJson;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformValues;
import io.flowkit.testkit.RawResponse;
import io.flowkit.testkit.ServiceCallException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** File list, upload (multipart, streamed) and delete against the example {@code Receipt} resource. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileResourceEndToEndTest {

  static final int UPLOAD_LIMIT = 8 << 20;

  ExampleImplementations implementations;
  FlowServer server;
  FlowPlatform platform;

  @BeforeAll
  void start() throws Exception {
    implementations = new ExampleImplementations();
    server =
        FlowServer.builder()
            .port(0)
            .service(implementations.service(Duration.ofSeconds(30)))
            .limits(ServerLimits.DEFAULT.withMaxUploadBytes(UPLOAD_LIMIT))
            .start();
    platform =
        FlowPlatform.builder(server.uri(OrdersService.PATH))
            .configuration(PlatformValues.create().password("API Key", "k").build())
            .build();
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  /** Deterministic pseudo-random bytes, generated as read: never a whole file in memory. */
  static final class GeneratedStream extends InputStream {
    private final long size;
    private final MessageDigest digest;
    private final CountDownLatch pauseUntil;
    private final long pauseAt;
    private long position;
    private long state = 42;

    GeneratedStream(long size, CountDownLatch pauseUntil, long pauseAt) throws Exception {
      this.size = size;
      this.digest = MessageDigest.getInstance("SHA-256");
      this.pauseUntil = pauseUntil;
      this.pauseAt = pauseAt;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (position >= size) {
        return -1;
      }
      if (pauseUntil != null && position >= pauseAt) {
        try {
          if (!pauseUntil.await(20, TimeUnit.SECONDS)) {
            throw new InterruptedIOException("the service never started reading before the upload ended");
          }
        } catch (InterruptedException e) {
          throw new InterruptedIOException();
        }
      }
      long limit = pauseUntil != null && position < pauseAt ? pauseAt : size;
      int count = (int) Math.min(length, limit - position);
      for (int i = 0; i < count; i++) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        buffer[offset + i] = (byte) (state >>> 56);
      }
      digest.update(buffer, offset, count);
      position += count;
      return count;
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  @Test
  void aLargeUploadIsStreamedToTheImplementationWhole() throws Exception {
    GeneratedStream content = new GeneratedStream(5 << 20, null, 0);

    ObjectDataResponse answer = platform.uploadFile("/file", "scan.pdf", "application/pdf", content);

    assertThat(answer.objectData()).hasSize(1);
    MObject file = answer.objectData().get(0);
    assertThat(file.externalId()).isNotBlank();
    Receipt receipt = Receipt.CODEC.decode(file);
    assertThat(receipt.name()).isEqualTo("scan.pdf");
    assertThat(receipt.mimeType()).isEqualTo("application/pdf");
    assertThat(receipt.description()).isEqualTo("size=" + (5 << 20) + ";sha256=" + content.sha256());
    assertThat(implementations.receipts.lastUpload.get().resourcePath()).isEqualTo("/file");
  }

  @Test
  void theImplementationReadsTheFileWhileTheClientIsStillSendingIt() throws Exception {
    CountDownLatch implementationReading = new CountDownLatch(1);
    implementations.receipts.onFirstBytes = implementationReading;
    // The client stops after 1 MiB until the implementation has read something: a server that
    // buffered the whole body first would never release it.
    GeneratedStream content = new GeneratedStream(3 << 20, implementationReading, 1 << 20);
    try {
      ObjectDataResponse answer = platform.uploadFile("/file", "big.bin", "application/octet-stream", content);

      assertThat(Receipt.CODEC.decode(answer.objectData().get(0)).description())
          .isEqualTo("size=" + (3 << 20) + ";sha256=" + content.sha256());
    } finally {
      implementations.receipts.onFirstBytes = null;
    }
  }

  @Test
  void listAndDeleteFiles() {
    platform.uploadFile("/file", "a.txt", "text/plain", "A".getBytes(StandardCharsets.UTF_8));
    platform.uploadFile("/file", "b.txt", "text/plain", "B".getBytes(StandardCharsets.UTF_8));
    int count = platform.listFiles("/file", null).objectData().size();

    ObjectDataResponse firstPage = platform.listFiles("/file", new FileListFilter(null, null, 1, 0, null));
    String last = platform.listFiles("/file", new FileListFilter(null, null, 1, count - 1, null)).objectData().get(0).externalId();
    platform.deleteFile("/file", last);

    assertThat(firstPage.objectData()).hasSize(1);
    assertThat(firstPage.hasMoreResults()).isTrue();
    assertThat(firstPage.objectData().get(0).properties()).extracting(p -> p.developerName()).contains("Id", "Name", "Mime Type");
    assertThat(platform.listFiles("/file", null).objectData()).hasSize(count - 1).extracting(MObject::externalId).doesNotContain(last);
  }

  @Test
  void deletingAnUnknownFileGivesTheImplementationsProblem() {
    assertThatThrownBy(() -> platform.deleteFile("/file", "nope"))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void deleteWithoutAFileIsA400() {
    assertThatThrownBy(() -> platform.deleteFile("/file", null))
        .isInstanceOfSatisfying(ServiceCallException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.problem().orElseThrow().message()).contains("resourceFile");
        });
  }

  // ---- multipart by hand --------------------------------------------------------------------

  static final String BOUNDARY = "b0undary";

  static String part(String headers, String body) {
    return "--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n" + body + "\r\n";
  }

  RawResponse postMultipart(String body) {
    return platform.send("POST", "file/content", "multipart/form-data; boundary=" + BOUNDARY, body.getBytes(StandardCharsets.UTF_8));
  }

  String fileRequestJson() throws Exception {
    return WireJson.mapper().writeValueAsString(platform.fileRequest("/file", null, null));
  }

  @Test
  void partsAreFoundByContentTypeWhenTheyHaveNoNames() throws Exception {
    String body =
        part("Content-Type: application/json", fileRequestJson())
            + part("Content-Type: text/csv", "a,b\n1,2")
            + "--" + BOUNDARY + "--\r\n";

    RawResponse answer = postMultipart(body);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.as(ObjectDataResponse.class).objectData().get(0).externalId()).isNotBlank();
    assertThat(implementations.receipts.lastUpload.get().contentType()).isEqualTo("text/csv");
  }

  @Test
  void aFilePartBeforeTheRequestPartIsAcceptedToo() throws Exception {
    String body =
        part("Content-Disposition: form-data; name=\"file\"; filename=\"first.txt\"\r\nContent-Type: text/plain", "file first")
            + part("Content-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json", fileRequestJson())
            + "--" + BOUNDARY + "--\r\n";

    RawResponse answer = postMultipart(body);

    assertThat(answer.status()).isEqualTo(200);
    Receipt receipt = Receipt.CODEC.decode(answer.as(ObjectDataResponse.class).objectData().get(0));
    assertThat(receipt.name()).isEqualTo("first.txt");
    assertThat(receipt.description()).startsWith("size=10;");
  }

  @Test
  void aMissingFilePartIsA400() throws Exception {
    String body = part("Content-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json", fileRequestJson())
        + "--" + BOUNDARY + "--\r\n";

    RawResponse answer = postMultipart(body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).contains("No file was uploaded");
  }

  @Test
  void aMissingRequestPartIsA400() {
    String body = part("Content-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\nContent-Type: text/plain", "x")
        + "--" + BOUNDARY + "--\r\n";

    RawResponse answer = postMultipart(body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).contains("No file data request");
  }

  @Test
  void aMalformedMultipartBodyIsA400() throws Exception {
    String body = part("Content-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json", fileRequestJson())
        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\n\r\nnever ends";

    RawResponse answer = postMultipart(body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.problem().orElseThrow().message()).contains("multipart");
  }

  @Test
  void aMalformedRequestPartIsA400() {
    String body = part("Content-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json", "{oops")
        + part("Content-Disposition: form-data; name=\"file\"; filename=\"x.txt\"", "x")
        + "--" + BOUNDARY + "--\r\n";

    assertThat(postMultipart(body).status()).isEqualTo(400);
  }

  @Test
  void anUploadOverTheLimitIsA413() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(part("Content-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json", fileRequestJson())
        .getBytes(StandardCharsets.UTF_8));
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.bin\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(new byte[UPLOAD_LIMIT + 1]);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

    RawResponse answer =
        platform.send("POST", "file/content", Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
            HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.problem()).isPresent();
  }

  @Test
  void aRequestPartNamingAnotherResourceStillReachesTheOnlyOne() {
    ObjectDataResponse answer = platform.uploadFile("/folder/2024", "c.txt", "text/plain", "C".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.objectData()).hasSize(1);
    assertThat(implementations.receipts.lastUpload.get().resourcePath()).isEqualTo("/folder/2024");
    assertThat(List.of(answer.objectData().get(0).externalId())).allSatisfy(id -> assertThat(id).startsWith("R"));
  }
}
