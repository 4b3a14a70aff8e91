package io.flowkit.store.http;

import io.flowkit.store.jose.SignatureHeaderVerifier;
import io.flowkit.store.jose.StateTokenReader;
import io.flowkit.store.jose.StateTokenWriter;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.repository.StateRepository;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the store's handler works with.
 *
 * @param basePath where the routes are mounted on this server, e.g. {@code /api/storage/1}
 * @param publicBasePath the base path as the platform addresses it, which the signature header's
 *     {@code path} claim starts with; differs from {@code basePath} only behind a rewriting proxy
 * @param maxBodyBytes the largest request body read
 * @param keys the key ring
 * @param signatures checks {@code X-ManyWho-Signature}
 * @param reader opens posted state tokens
 * @param writer makes loaded-state tokens
 * @param repository the states table, available once the store has started
 * @param maxInFlightBytes the most request-body bytes held at once across all requests (at least
 *     {@code maxBodyBytes}); past it a save or delete is answered {@code 503} with {@code
 *     Retry-After}
 */
public record StoreEndpoint(
    String basePath,
    String publicBasePath,
    int maxBodyBytes,
    StoreKeyRing keys,
    SignatureHeaderVerifier signatures,
    StateTokenReader reader,
    StateTokenWriter writer,
    Supplier<StateRepository> repository,
    long maxInFlightBytes) {

  /** Checks every part is present. */
  public StoreEndpoint {
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(publicBasePath, "publicBasePath");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(signatures, "signatures");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(repository, "repository");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    if (maxInFlightBytes < maxBodyBytes) {
      throw new IllegalArgumentException(
          "maxInFlightBytes must be at least maxBodyBytes, or the largest body could never be taken");
    }
  }
}
