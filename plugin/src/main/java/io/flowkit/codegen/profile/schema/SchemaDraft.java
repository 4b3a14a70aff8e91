package io.flowkit.codegen.profile.schema;

import java.util.Optional;

/**
 * The JSON Schema drafts profiles may be written in, recognised from {@code $schema}. Where the
 * drafts agree, 2020-12 semantics are used; the one difference that changes a profile's meaning is
 * whether keywords next to {@code $ref} count (2019-09 and later) or are ignored (up to draft-07;
 * a sibling {@code description} is still used for documentation).
 */
public enum SchemaDraft {
  DRAFT_04("draft-04", "json-schema.org/draft-04/schema"),
  DRAFT_06("draft-06", "json-schema.org/draft-06/schema"),
  DRAFT_07("draft-07", "json-schema.org/draft-07/schema"),
  DRAFT_2019_09("2019-09", "json-schema.org/draft/2019-09/schema"),
  DRAFT_2020_12("2020-12", "json-schema.org/draft/2020-12/schema");

  private final String label;
  private final String uri;

  SchemaDraft(String label, String uri) {
    this.label = label;
    this.uri = uri;
  }

  public String label() {
    return label;
  }

  /** Whether keywords next to {@code $ref} apply together with it. */
  public boolean refSiblingsApply() {
    return this == DRAFT_2019_09 || this == DRAFT_2020_12;
  }

  /** The draft a {@code $schema} value names (http or https, with or without {@code #}). */
  public static Optional<SchemaDraft> of(String schemaUri) {
    String normalized = schemaUri.trim();
    if (normalized.endsWith("#")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    normalized = normalized.replaceFirst("^https?://", "");
    for (SchemaDraft draft : values()) {
      if (draft.uri.equals(normalized)) {
        return Optional.of(draft);
      }
    }
    return Optional.empty();
  }
}
