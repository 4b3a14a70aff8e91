package io.flowkit.benchmarks.peers.flowkit;

import io.flowkit.benchmarks.peers.flow.AttachmentFiles;
import io.flowkit.benchmarks.peers.flow.FileResponseAttachment;
import io.flowkit.benchmarks.peers.flow.PeersConfiguration;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.service.FileReference;
import io.flowkit.runtime.service.FileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * {@code Attachment}: reads each upload to its end through a SHA-256 digest and keeps nothing, so
 * that the memory check sees whether the server streams the body or holds it.
 */
public final class FlowkitAttachments implements AttachmentFiles {

  @Override
  public Page<FileResponseAttachment> list(FileQuery query, ActionContext<PeersConfiguration> context) {
    return Page.of(List.of(), false);
  }

  @Override
  public FileResponseAttachment upload(FileUpload upload, ActionContext<PeersConfiguration> context)
      throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long bytes = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = upload.content()) {
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        sha256.update(buffer, 0, read);
        bytes += read;
      }
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String id = "attachment-" + bytes;
    return new FileResponseAttachment(now, now, "", "", "", "", id, "file",
        Objects.requireNonNullElse(upload.contentType(), "application/octet-stream"), upload.fileName(), bytes, id,
        HexFormat.of().formatHex(sha256.digest()));
  }

  @Override
  public void delete(FileReference file, ActionContext<PeersConfiguration> context) {
    // Nothing is kept, so there is nothing to delete.
  }
}
