package io.flowkit.codegen.profile.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.json.JsonDocument;
import io.flowkit.codegen.json.JsonDocuments;
import io.flowkit.codegen.json.JsonPointers;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the schema a profile reference or a {@code $ref} names. File parts are paths relative to
 * the referring file; fragments are JSON pointers ({@code #/definitions/Address}, percent-decoded)
 * or anchors ({@code $anchor}, {@code $dynamicAnchor}, or a draft-04 to -07 {@code id}/{@code $id}
 * of the form {@code #name}). An absolute URI is accepted only when it is the referring document's
 * own {@code $id}: remote schemas are never fetched.
 */
final class SchemaResolver {

  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final JsonDocuments documents;
  private final Reporter reporter;
  private final Map<Path, SchemaDraft> drafts = new HashMap<>();

  SchemaResolver(JsonDocuments documents, Reporter reporter) {
    this.documents = documents;
    this.reporter = reporter;
  }

  /** The root schema of a profile. */
  Optional<SchemaNode> root(ProfileReference reference) {
    Optional<JsonDocument> document = documents.load(reference.file(), reference.source(), "profile", reporter);
    if (document.isEmpty()) {
      return Optional.empty();
    }
    SchemaDraft draft = draftOf(document.get(), SchemaDraft.DRAFT_2020_12);
    return locate(document.get(), draft, reference.fragment(), reference.source(), reference.written());
  }

  /** The target of the {@code $ref} (or {@code $dynamicRef}, {@code $recursiveRef}) of {@code from}. */
  Optional<SchemaNode> resolve(SchemaNode from, String keyword) {
    JsonNode value = from.json().get(keyword);
    SourceLocation at = from.locationOf(keyword);
    if (value == null || !value.isTextual()) {
      reporter.error(at, keyword + " must be a string");
      return Optional.empty();
    }
    String ref = value.asText();
    int hash = ref.indexOf('#');
    String filePart = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? null : ref.substring(hash + 1);
    JsonDocument document = from.document();
    SchemaDraft draft = from.draft();
    if (!filePart.isEmpty() && !filePart.equals(ownId(from.document()))) {
      if (URI_SCHEME.matcher(filePart).find()) {
        reporter.error(at, keyword + " \"" + ref + "\" is not supported: remote schemas are not fetched;"
            + " save it next to this file and refer to it by a relative path");
        return Optional.empty();
      }
      Path target;
      try {
        target = from.document().file().getParent().resolve(JsonPointers.fromFragment(filePart)).normalize();
      } catch (InvalidPathException e) {
        reporter.error(at, keyword + " \"" + ref + "\" is not a valid file path");
        return Optional.empty();
      }
      Optional<JsonDocument> loaded = documents.load(target, at, keyword + " target", reporter);
      if (loaded.isEmpty()) {
        return Optional.empty();
      }
      document = loaded.get();
      draft = draftOf(document, from.draft());
    }
    return locate(document, draft, fragment, at, ref);
  }

  private Optional<SchemaNode> locate(
      JsonDocument document, SchemaDraft draft, String fragment, SourceLocation at, String written) {
    if (fragment == null || fragment.isEmpty()) {
      return Optional.of(new SchemaNode(document, document.root(), "", draft));
    }
    if (fragment.startsWith("/")) {
      String pointer = JsonPointers.fromFragment(fragment);
      JsonNode node;
      try {
        node = document.root().at(JsonPointer.compile(pointer));
      } catch (IllegalArgumentException e) {
        reporter.error(at, "\"" + written + "\" has an invalid JSON pointer: " + pointer);
        return Optional.empty();
      }
      if (node.isMissingNode()) {
        reporter.error(at, "\"" + written + "\" does not resolve: "
            + slashes(document.shownFile()) + " has nothing at " + pointer);
        return Optional.empty();
      }
      return Optional.of(new SchemaNode(document, node, pointer, draft));
    }
    String anchor = JsonPointers.fromFragment(fragment);
    Optional<SchemaNode> found = findAnchor(document, draft, document.root(), "", anchor);
    if (found.isEmpty()) {
      reporter.error(at, "\"" + written + "\" does not resolve: "
          + slashes(document.shownFile()) + " has no anchor \"" + anchor + "\"");
    }
    return found;
  }

  private Optional<SchemaNode> findAnchor(
      JsonDocument document, SchemaDraft draft, JsonNode node, String pointer, String anchor) {
    if (node.isObject()) {
      if (anchor.equals(node.path("$anchor").asText(null))
          || anchor.equals(node.path("$dynamicAnchor").asText(null))
          || ("#" + anchor).equals(node.path("$id").asText(null))
          || ("#" + anchor).equals(node.path("id").asText(null))) {
        return Optional.of(new SchemaNode(document, node, pointer, draft));
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (isDataKeyword(field.getKey())) {
          continue;
        }
        Optional<SchemaNode> found =
            findAnchor(document, draft, field.getValue(), JsonPointers.append(pointer, field.getKey()), anchor);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<SchemaNode> found =
            findAnchor(document, draft, node.get(i), JsonPointers.append(pointer, i), anchor);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Keywords whose values are data, not schemas: anchors inside them do not count. */
  private static boolean isDataKeyword(String keyword) {
    return keyword.equals("enum") || keyword.equals("const") || keyword.equals("examples")
        || keyword.equals("default") || keyword.equals("example");
  }

  private SchemaDraft draftOf(JsonDocument document, SchemaDraft inherited) {
    return drafts.computeIfAbsent(document.file(), file -> {
      JsonNode schema = document.root().path("$schema");
      if (!schema.isTextual()) {
        return inherited;
      }
      Optional<SchemaDraft> draft = SchemaDraft.of(schema.asText());
      if (draft.isEmpty()) {
        reporter.warning(document.locate(schema, "/$schema"),
            "unknown $schema \"" + schema.asText() + "\": read as JSON Schema 2020-12");
      }
      return draft.orElse(SchemaDraft.DRAFT_2020_12);
    });
  }

  private static String ownId(JsonDocument document) {
    JsonNode root = document.root();
    String id = root.path("$id").asText(root.path("id").asText(""));
    int hash = id.indexOf('#');
    return hash < 0 ? id : id.substring(0, hash);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
