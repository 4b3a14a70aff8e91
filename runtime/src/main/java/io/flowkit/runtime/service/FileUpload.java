package io.flowkit.runtime.service;

import java.io.InputStream;

/**
 * An uploaded file, streamed: read {@code content} once, within the call; it is never held whole in
 * memory by the server.
 *
 * @param size the length in bytes when the client declared it, otherwise -1
 */
public record FileUpload(
    String resourcePath, String fileName, String contentType, long size, InputStream content) {}
