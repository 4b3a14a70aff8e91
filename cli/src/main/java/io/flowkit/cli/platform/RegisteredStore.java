package io.flowkit.cli.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * A store as the platform lists it ({@code StoreListResponse}): no receiver key, which only the
 * creation answer carries.
 *
 * @param id the store's id
 * @param name its name
 * @param endpoint where it is served, with its base path
 * @param platformKey the platform key's public half, JWK JSON, as the store is given it
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record RegisteredStore(
    UUID id, String name, String endpoint, String platformKey, Instant createdAt, Instant updatedAt) {}
