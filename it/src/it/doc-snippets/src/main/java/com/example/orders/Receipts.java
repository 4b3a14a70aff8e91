package com.example.orders;

import com.example.orders.flow.FileResponseReceipt;
import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.ReceiptFiles;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.service.FileReference;
import io.flowkit.runtime.service.FileUpload;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Receipts in memory: their names and sizes, not their bytes. */
public final class Receipts implements ReceiptFiles {

  private final Map<String, FileResponseReceipt> receipts = new ConcurrentHashMap<>();

  @Override
  public Page<FileResponseReceipt> list(FileQuery query, ActionContext<OrdersConfiguration> context) {
    return Page.of(List.copyOf(receipts.values()), false);
  }

  @Override
  public FileResponseReceipt upload(FileUpload upload, ActionContext<OrdersConfiguration> context) throws IOException {
    long size = upload.content().transferTo(OutputStream.nullOutputStream());
    String id = UUID.randomUUID().toString();
    FileResponseReceipt receipt = new FileResponseReceipt(null, null, size + " bytes", null, null, null, id, null,
        upload.contentType(), upload.fileName(), id, List.of(), null);
    receipts.put(id, receipt);
    return receipt;
  }

  @Override
  public void delete(FileReference file, ActionContext<OrdersConfiguration> context) {
    receipts.remove(file.resourceFile());
  }
}
