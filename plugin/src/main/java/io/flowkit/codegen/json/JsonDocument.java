package io.flowkit.codegen.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import io.flowkit.codegen.diagnostics.SourceLocation;
import java.nio.file.Path;

/**
 * A parsed JSON file whose nodes know where they were read.
 *
 * @param file the absolute, normalized path the file was read from
 * @param shownFile the path used in messages: relative to the project when inside it
 * @param root the document
 */
public record JsonDocument(Path file, Path shownFile, JsonNode root) {

  /**
   * Where {@code node} (found at {@code pointer}) begins in this file; the file's start (1:1) for a
   * node that was not read from it, so that every message has a line and column.
   */
  public SourceLocation locate(JsonNode node, String pointer) {
    if (node instanceof TokenStreamLocationAware aware) {
      JsonLocation location = aware.tokenStreamLocation();
      if (location != null && location.getLineNr() > 0) {
        return new SourceLocation(shownFile, location.getLineNr(), Math.max(location.getColumnNr(), 1), pointer);
      }
    }
    return new SourceLocation(shownFile, 1, 1, pointer);
  }

  /**
   * Where the value at {@code pointer} begins; when there is none, where its nearest existing parent
   * begins (still with {@code pointer}, which names what is missing).
   */
  public SourceLocation locate(String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode node = root.at(at);
    while (node.isMissingNode() && at.length() > 0) {
      at = at.head();
      node = root.at(at);
    }
    SourceLocation found = locate(node, at.toString());
    return new SourceLocation(shownFile, found.line(), found.column(), pointer);
  }
}
