package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.service.RequestBodyException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

  /** Hands out one byte per read, so every boundary is split across reads. */
  static InputStream trickle(String body) {
    return new FilterInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(1, length));
      }
    };
  }

  static final String BODY =
      "preamble\r\n--xyz\r\n"
          + "Content-Disposition: form-data; name=\"FileDataRequest\"\r\nContent-Type: application/json\r\n\r\n"
          + "{\"a\":1}\r\n"
          + "--xyz\r\n"
          + "Content-Disposition: form-data; name=\"file\"; filename=\"r\u00e9sum\u00e9 \\\"v2\\\".txt\"\r\nContent-Type: text/plain\r\n\r\n"
          + "line one\r\n--xy not a boundary\r\nline three\r\n"
          + "--xyz\r\n"
          + "Content-Disposition: form-data; name=\"extra\"\r\n\r\n"
          + "ignored\r\n"
          + "--xyz--\r\nepilogue";

  @Test
  void readsPartsAndTheirHeadersEvenWhenEveryByteArrivesAlone() throws Exception {
    MultipartReader reader = new MultipartReader(trickle(BODY), "xyz");

    MultipartReader.Part request = reader.nextPart();
    assertThat(request.name()).isEqualTo("FileDataRequest");
    assertThat(request.contentType()).isEqualTo("application/json");
    assertThat(new String(request.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");

    MultipartReader.Part file = reader.nextPart();
    assertThat(file.name()).isEqualTo("file");
    assertThat(file.fileName()).isEqualTo("r\u00e9sum\u00e9 \"v2\".txt");
    assertThat(new String(file.content().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("line one\r\n--xy not a boundary\r\nline three");

    assertThat(reader.nextPart().name()).isEqualTo("extra");
    assertThat(reader.nextPart()).isNull();
  }

  @Test
  void unreadContentIsSkippedWhenTheNextPartIsAskedFor() throws Exception {
    MultipartReader reader = new MultipartReader(new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)), "xyz");

    reader.nextPart();
    MultipartReader.Part file = reader.nextPart();
    assertThat(file.content().read()).isEqualTo('l');
    assertThat(reader.nextPart().name()).isEqualTo("extra");
    assertThat(file.content().read()).isEqualTo(-1);
  }

  @Test
  void aTruncatedBodyFailsWithA400() throws Exception {
    String cut = BODY.substring(0, BODY.indexOf("line three"));
    MultipartReader reader = new MultipartReader(trickle(cut), "xyz");
    reader.nextPart();
    MultipartReader.Part file = reader.nextPart();

    assertThatThrownBy(() -> file.content().readAllBytes())
        .isInstanceOfSatisfying(RequestBodyException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void theBoundaryComesFromTheContentType() {
    assertThat(MultipartReader.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
    assertThat(MultipartReader.boundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b\"")).isEqualTo("a b");
    assertThat(MultipartReader.boundary("multipart/form-data")).isNull();
    assertThat(MultipartReader.boundary("application/json; boundary=abc")).isNull();
    assertThat(MultipartReader.boundary(null)).isNull();
  }
}
