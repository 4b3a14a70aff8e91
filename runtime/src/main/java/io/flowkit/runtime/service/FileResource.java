package io.flowkit.runtime.service;

import io.flowkit.runtime.query.Page;

/**
 * A file resource's implementation: list, upload and delete files under one resource path.
 * Generated interfaces such as {@code ReceiptFiles} extend it with the resource's
 * {@code $File RESPONSE - …} record.
 *
 * @param <C> configuration record
 * @param <R> the file record returned by list and upload; its {@code externalId} must be set
 */
public interface FileResource<C, R> {

  Page<R> list(FileQuery query, ActionContext<C> context) throws Exception;

  R upload(FileUpload upload, ActionContext<C> context) throws Exception;

  void delete(FileReference file, ActionContext<C> context) throws Exception;
}
