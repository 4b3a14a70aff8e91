package io.flowkit.example.orders;

import static io.flowkit.example.orders.RunningExample.MAX_RECEIPT_BYTES;
import static io.flowkit.example.orders.RunningExample.NOW;
import static io.flowkit.example.orders.RunningExample.assertProblem;
import static io.flowkit.example.orders.RunningExample.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.example.orders.flow.FileResponseReceipt;
import io.flowkit.example.orders.flow.FileResponseReceiptCodec;
import io.flowkit.example.orders.flow.FileResponseRows;
import io.flowkit.runtime.wire.FileListFilter;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.OrderDirection;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.RawResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code Receipt} file resource over HTTP: multipart upload, list and delete. */
class FileResourceTest {

  private static final String RESOURCE = "/receipts";

  @TempDir
  Path receipts;

  RunningExample example;
  FlowPlatform platform;

  @BeforeEach
  void start() throws Exception {
    example = RunningExample.start(receipts);
    platform = example.platform;
  }

  @AfterEach
  void stop() {
    example.close();
  }

  @Test
  void anUploadIsStoredAndDescribedAsAFile() throws Exception {
    byte[] csv = "sku,qty\n\nSKU-1,2".getBytes(StandardCharsets.UTF_8);

    ObjectDataResponse uploaded = platform.uploadFile(RESOURCE, "delivery-0000123.csv", "text/csv", csv);

    MObject object = uploaded.objectData().get(0);
    assertThat(uploaded.objectData()).hasSize(1);
    assertThat(object.developerName()).isEqualTo("$File RESPONSE - Receipt");
    FileResponseReceipt receipt = FileResponseReceiptCodec.INSTANCE.decode(object);
    assertThat(object.externalId()).isNotEmpty().isEqualTo(receipt.id()).isEqualTo(receipt.externalId());
    assertThat(receipt.name()).isEqualTo("delivery-0000123.csv");
    assertThat(receipt.mimeType()).isEqualTo("text/csv");
    assertThat(receipt.dateCreated()).isEqualTo(NOW.atOffset(ZoneOffset.UTC));
    assertThat(receipt.rowsRead()).isEqualTo(3L);
    assertThat(receipt.rows()).containsExactly(
        new FileResponseRows(1L, "OK"), new FileResponseRows(2L, "EMPTY"), new FileResponseRows(3L, "OK"));
    assertThat(receipts.resolve(receipt.id())).hasBinaryContent(csv);
  }

  @Test
  void aStreamedBinaryUploadIsStoredByteForByte() throws Exception {
    byte[] pdf = new byte[(int) MAX_RECEIPT_BYTES];
    Arrays.fill(pdf, (byte) 0x25);

    FileResponseReceipt receipt = FileResponseReceiptCodec.INSTANCE.decode(
        platform.uploadFile(RESOURCE, "receipt.pdf", "application/pdf", new ByteArrayInputStream(pdf)).objectData().get(0));

    assertThat(receipt.rowsRead()).as("only text is read as lines").isNull();
    assertThat(receipts.resolve(receipt.id())).hasBinaryContent(pdf);
  }

  @Test
  void anUploadOverTheCapIsA413AndLeavesNothingBehind() throws Exception {
    byte[] tooLarge = new byte[(int) MAX_RECEIPT_BYTES + 1];

    RawResponse refused = refusal(() ->
        platform.uploadFile(RESOURCE, "huge.pdf", "application/pdf", new ByteArrayInputStream(tooLarge)));

    assertThat(assertProblem(refused, 413).message()).startsWith("A receipt may be at most " + MAX_RECEIPT_BYTES + " bytes");
    try (var left = Files.list(receipts)) {
      assertThat(left).isEmpty();
    }
    assertThat(platform.listFiles(RESOURCE, null).objectData()).isEmpty();
  }

  @Test
  void listSearchesSortsAndPages() {
    for (String name : new String[] {"b-receipt.pdf", "a-receipt.pdf", "c-note.txt"}) {
      platform.uploadFile(RESOURCE, name, "application/pdf", new byte[] {1, 2, 3});
    }

    ObjectDataResponse all = platform.listFiles(RESOURCE, null);
    ObjectDataResponse firstPage = platform.listFiles(RESOURCE, new FileListFilter("Name", OrderDirection.DESC, 2, 0, null));
    ObjectDataResponse lastPage = platform.listFiles(RESOURCE, new FileListFilter("Name", OrderDirection.DESC, 2, 2, null));
    ObjectDataResponse searched = platform.listFiles(RESOURCE, new FileListFilter(null, null, 0, 0, "RECEIPT"));

    assertThat(names(all)).containsExactly("b-receipt.pdf", "a-receipt.pdf", "c-note.txt");
    assertThat(names(firstPage)).containsExactly("c-note.txt", "b-receipt.pdf");
    assertThat(firstPage.hasMoreResults()).isTrue();
    assertThat(names(lastPage)).containsExactly("a-receipt.pdf");
    assertThat(lastPage.hasMoreResults()).isFalse();
    assertThat(names(searched)).containsExactly("b-receipt.pdf", "a-receipt.pdf");
    assertThat(all.objectData()).allSatisfy(file -> assertThat(file.externalId()).isNotEmpty());
  }

  @Test
  void deleteRemovesTheFileAndAnUnknownOneIsA404() {
    String id = platform.uploadFile(RESOURCE, "receipt.pdf", "application/pdf", new byte[] {1}).objectData().get(0).externalId();

    ObjectDataResponse deleted = platform.deleteFile(RESOURCE, id);

    assertThat(deleted.objectData()).isEmpty();
    assertThat(platform.listFiles(RESOURCE, null).objectData()).isEmpty();
    assertThat(receipts.resolve(id)).doesNotExist();
    RawResponse refused = refusal(() -> platform.deleteFile(RESOURCE, id));
    assertThat(assertProblem(refused, 404).message()).startsWith("There is no receipt '" + id + "'");
  }

  private static java.util.List<String> names(ObjectDataResponse files) {
    return files.objectData().stream().map(f -> FileResponseReceiptCodec.INSTANCE.decode(f).name()).toList();
  }
}
