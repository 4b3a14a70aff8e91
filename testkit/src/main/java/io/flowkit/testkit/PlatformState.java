package io.flowkit.testkit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A Flow state as the platform puts it into a state token's claims. Times are kept as the text the
 * platform sends (ISO-8601 with an offset, up to seven fractional digits), so that tests can send
 * exactly what they mean to.
 *
 * @param tenant the tenant ({@code tenant} claim)
 * @param id the state id ({@code id}, also {@code sub})
 * @param parent the parent state, or {@code null}
 * @param flow the flow id
 * @param flowVersion the flow version id
 * @param done {@code isDone}
 * @param currentMapElement the current map element, or {@code null}
 * @param currentUser the current user, or {@code null}
 * @param createdAt {@code createdAt} text
 * @param updatedAt {@code updatedAt} text
 * @param expiresAt {@code expiresAt} text, or {@code null} to leave the claim out
 * @param content the state document, JSON text
 */
public record PlatformState(
    UUID tenant,
    UUID id,
    UUID parent,
    UUID flow,
    UUID flowVersion,
    boolean done,
    UUID currentMapElement,
    UUID currentUser,
    String createdAt,
    String updatedAt,
    String expiresAt,
    String content) {

  /** Checks the required values are present. */
  public PlatformState {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
  }

  /** A new state of {@code tenant} with random ids, created and updated now, never expiring. */
  public static PlatformState of(UUID tenant, String content) {
    String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString();
    return new PlatformState(
        tenant,
        UUID.randomUUID(),
        null,
        UUID.randomUUID(),
        UUID.randomUUID(),
        false,
        UUID.randomUUID(),
        null,
        now,
        now,
        null,
        content);
  }

  /** The same state with another id. */
  public PlatformState withId(UUID newId) {
    return new PlatformState(tenant, newId, parent, flow, flowVersion, done, currentMapElement,
        currentUser, createdAt, updatedAt, expiresAt, content);
  }

  /** The same state with another tenant. */
  public PlatformState withTenant(UUID newTenant) {
    return new PlatformState(newTenant, id, parent, flow, flowVersion, done, currentMapElement,
        currentUser, createdAt, updatedAt, expiresAt, content);
  }

  /** The same state with another parent. */
  public PlatformState withParent(UUID newParent) {
    return new PlatformState(tenant, id, newParent, flow, flowVersion, done, currentMapElement,
        currentUser, createdAt, updatedAt, expiresAt, content);
  }

  /** The same state with another {@code createdAt}. */
  public PlatformState withCreatedAt(String newCreatedAt) {
    return new PlatformState(tenant, id, parent, flow, flowVersion, done, currentMapElement,
        currentUser, newCreatedAt, updatedAt, expiresAt, content);
  }

  /** The same state with another {@code updatedAt}. */
  public PlatformState withUpdatedAt(String newUpdatedAt) {
    return new PlatformState(tenant, id, parent, flow, flowVersion, done, currentMapElement,
        currentUser, createdAt, newUpdatedAt, expiresAt, content);
  }

  /** The same state with another {@code expiresAt} ({@code null}: no claim). */
  public PlatformState withExpiresAt(String newExpiresAt) {
    return new PlatformState(tenant, id, parent, flow, flowVersion, done, currentMapElement,
        currentUser, createdAt, updatedAt, newExpiresAt, content);
  }

  /** The same state, done or not. */
  public PlatformState withDone(boolean newDone) {
    return new PlatformState(tenant, id, parent, flow, flowVersion, newDone, currentMapElement,
        currentUser, createdAt, updatedAt, expiresAt, content);
  }

  /** The same state with other content. */
  public PlatformState withContent(String newContent) {
    return new PlatformState(tenant, id, parent, flow, flowVersion, done, currentMapElement,
        currentUser, createdAt, updatedAt, expiresAt, newContent);
  }

  /** Leaves the content out. */
  @Override
  public String toString() {
    return "PlatformState[tenant=" + tenant + ", id=" + id + ", updatedAt=" + updatedAt
        + ", content=" + content.length() + " chars]";
  }
}
