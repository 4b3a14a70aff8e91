package io.flowkit.codegen.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON files for one run, each at most once. Parsing is strict (no comments, no duplicate
 * keys, no trailing content) and location-aware: every node carries its line and column (the
 * networknt node factory), so later stages report problems at their place. A missing or malformed
 * file is reported every time it is asked for, so each part that needs it fails; identical
 * messages are shown once.
 */
public final class JsonDocuments {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final Path baseDirectory;
  private final Map<Path, Outcome> cache = new HashMap<>();

  /** @param baseDirectory files inside it are shown relative to it */
  public JsonDocuments(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /**
   * The document in {@code file}, or empty after reporting why not.
   *
   * @param referrer where the file was named (a descriptor entry, a {@code $ref}), for "not found";
   *     {@code null} for a file named by the build itself
   * @param what how messages call the file, e.g. {@code "profile"} or {@code "$ref target"}
   */
  public Optional<JsonDocument> load(Path file, SourceLocation referrer, String what, Reporter reporter) {
    Path absolute = file.toAbsolutePath().normalize();
    Outcome outcome = cache.computeIfAbsent(absolute, this::read);
    if (outcome.document != null) {
      return Optional.of(outcome.document);
    }
    if (outcome.missing) {
      SourceLocation at = referrer != null ? referrer : SourceLocation.of(shown(absolute));
      reporter.error(at, what + " file not found: " + slashes(shown(absolute))
          + (Files.isDirectory(absolute) ? " (it is a directory)" : ""));
    } else {
      reporter.error(outcome.problemAt, outcome.problem);
    }
    return Optional.empty();
  }

  /** {@code file} as messages show it: relative to the base directory when inside it. */
  public Path shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
  }

  private Outcome read(Path absolute) {
    if (!Files.isRegularFile(absolute)) {
      return Outcome.notFound();
    }
    Path shown = shown(absolute);
    try (JsonParser parser = MAPPER.createParser(absolute.toFile())) {
      JsonNode root = MAPPER.reader().with(new LocationJsonNodeFactory(parser)).readTree(parser);
      if (root == null || root.isMissingNode()) {
        return Outcome.malformed(new SourceLocation(shown, 1, 1, ""), "empty file: expected a JSON value");
      }
      return Outcome.parsed(new JsonDocument(absolute, shown, root));
    } catch (JsonProcessingException e) {
      // javac style always has a line and column; the file's start when the parser knows none
      int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
      int column = e.getLocation() == null ? 1 : Math.max(e.getLocation().getColumnNr(), 1);
      return Outcome.malformed(
          new SourceLocation(shown, line, column, ""), "malformed JSON: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      return Outcome.malformed(SourceLocation.of(shown), "cannot read file: " + e.getMessage());
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    if (message.startsWith("Trailing token")) {
      return "more content after the end of the JSON value";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private record Outcome(JsonDocument document, boolean missing, SourceLocation problemAt, String problem) {
    static Outcome parsed(JsonDocument document) {
      return new Outcome(document, false, null, null);
    }

    static Outcome notFound() {
      return new Outcome(null, true, null, null);
    }

    static Outcome malformed(SourceLocation at, String problem) {
      return new Outcome(null, false, at, problem);
    }
  }
}
