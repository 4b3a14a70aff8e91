package io.flowkit.example.orders.files;

import io.flowkit.example.orders.flow.FileResponseReceipt;
import io.flowkit.example.orders.flow.FileResponseRows;
import io.flowkit.example.orders.flow.OrdersConfiguration;
import io.flowkit.example.orders.flow.ReceiptFiles;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.service.FileReference;
import io.flowkit.runtime.service.FileUpload;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.wire.OrderDirection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code Receipt}: signed delivery receipts, each streamed to a file of its own in a directory as it
 * arrives (never held in memory) and refused with 413 beyond {@code maxBytes}. Text receipts
 * (delivery notes as CSV, say) also report their lines: {@code rowsRead} and, for the first
 * {@value #ROWS_REPORTED}, whether each line has content.
 */
public final class Receipts implements ReceiptFiles {

  static final int ROWS_REPORTED = 100;

  private final Path directory;
  private final long maxBytes;
  private final Clock clock;
  private final Map<String, FileResponseReceipt> receipts = new LinkedHashMap<>();

  public Receipts(Path directory, long maxBytes, Clock clock) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    this.clock = clock;
  }

  @Override
  public Page<FileResponseReceipt> list(FileQuery query, ActionContext<OrdersConfiguration> context) {
    List<FileResponseReceipt> matching = new ArrayList<>();
    String needle = query.search() == null ? null : query.search().toLowerCase(Locale.ROOT);
    for (FileResponseReceipt receipt : snapshot()) {
      if (needle == null || receipt.name().toLowerCase(Locale.ROOT).contains(needle)) {
        matching.add(receipt);
      }
    }
    if (query.orderBy() != null) {
      Comparator<FileResponseReceipt> order = comparator(query.orderBy());
      matching.sort(query.direction() == OrderDirection.DESC ? order.reversed() : order);
    }
    int from = Math.min(query.offset(), matching.size());
    int to = query.limit() == 0 ? matching.size() : Math.min(matching.size(), from + query.limit());
    return Page.of(matching.subList(from, to), to < matching.size());
  }

  @Override
  public FileResponseReceipt upload(FileUpload upload, ActionContext<OrdersConfiguration> context) throws IOException {
    if (upload.size() > maxBytes) {
      throw tooLarge();
    }
    String id = UUID.randomUUID().toString();
    Path target = directory.resolve(id);
    String contentType = Objects.requireNonNullElse(upload.contentType(), "application/octet-stream");
    LineReport lines = contentType.startsWith("text/") ? new LineReport() : null;
    long size = 0;
    boolean stored = false;
    try (InputStream in = upload.content();
        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      byte[] buffer = new byte[16 * 1024];
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        size += read;
        if (size > maxBytes) {
          throw tooLarge();
        }
        out.write(buffer, 0, read);
        if (lines != null) {
          lines.accept(buffer, read);
        }
      }
      if (lines != null) {
        lines.finish();
      }
      stored = true;
    } finally {
      if (!stored) {
        Files.deleteIfExists(target);
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    FileResponseReceipt receipt = new FileResponseReceipt(
        now, now, size + " bytes", null, null, null, id, "file", contentType,
        Objects.requireNonNullElse(upload.fileName(), "receipt"), id,
        lines == null ? null : lines.rows(), lines == null ? null : lines.count());
    synchronized (receipts) {
      receipts.put(id, receipt);
    }
    return receipt;
  }

  @Override
  public void delete(FileReference file, ActionContext<OrdersConfiguration> context) throws IOException {
    FileResponseReceipt removed;
    synchronized (receipts) {
      removed = receipts.remove(file.resourceFile());
    }
    if (removed == null) {
      throw ServiceProblemException.notFound("There is no receipt '" + file.resourceFile() + "'");
    }
    Files.deleteIfExists(directory.resolve(removed.id()));
  }

  private List<FileResponseReceipt> snapshot() {
    synchronized (receipts) {
      return List.copyOf(receipts.values());
    }
  }

  private ServiceProblemException tooLarge() {
    return new ServiceProblemException(413, "A receipt may be at most " + maxBytes + " bytes");
  }

  private static Comparator<FileResponseReceipt> comparator(String property) {
    return switch (property) {
      case "Name" -> Comparator.comparing(FileResponseReceipt::name, String.CASE_INSENSITIVE_ORDER);
      case "Date Created" -> Comparator.comparing(FileResponseReceipt::dateCreated);
      case "Mime Type" -> Comparator.comparing(FileResponseReceipt::mimeType);
      default -> throw ServiceProblemException.badRequest("Receipts can be sorted by Name, Date Created or Mime Type");
    };
  }

  /** Counts the lines of a text as its bytes stream past, noting which have content. */
  private static final class LineReport {
    private final List<FileResponseRows> rows = new ArrayList<>();
    private long count;
    private boolean open;
    private boolean content;

    void accept(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b == '\n') {
          endLine();
        } else {
          open = true;
          content |= b != ' ' && b != '\t' && b != '\r';
        }
      }
    }

    private void endLine() {
      count++;
      if (rows.size() < ROWS_REPORTED) {
        rows.add(new FileResponseRows(count, content ? "OK" : "EMPTY"));
      }
      open = false;
      content = false;
    }

    /** Ends the last line when the text does not end with a line break. */
    void finish() {
      if (open) {
        endLine();
      }
    }

    List<FileResponseRows> rows() {
      return List.copyOf(rows);
    }

    Long count() {
      return count;
    }
  }
}
