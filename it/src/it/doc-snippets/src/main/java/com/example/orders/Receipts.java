package com.example.orders;

import com.example.orders.flow.FileResponseReceipt;
import com.example.orders.flow.OrdersConfiguration;
import com.example.orders.flow.ReceiptFiles;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.FileQuery;
import io.flowkit.runtime.service.FileReference;
import io.flowkit.runtime.service.FileUpload;
import io.flowkit.runtime.service.OperationNotSupportedException;
import java.util.List;

/** Lists no receipts and keeps none. */
public final class Receipts implements ReceiptFiles {

  @Override
  public Page<FileResponseReceipt> list(FileQuery query, ActionContext<OrdersConfiguration> context) {
    return Page.of(List.of(), false);
  }

  @Override
  public FileResponseReceipt upload(FileUpload upload, ActionContext<OrdersConfiguration> context) {
    throw new OperationNotSupportedException("Receipts are not kept");
  }

  @Override
  public void delete(FileReference file, ActionContext<OrdersConfiguration> context) {
    throw new OperationNotSupportedException("Receipts are not kept");
  }
}
