package io.flowkit.codegen.json;

import com.fasterxml.jackson.core.JsonLocation;
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

  /** Where {@code node} (found at {@code pointer}) begins in this file. */
  public SourceLocation locate(JsonNode node, String pointer) {
    if (node instanceof TokenStreamLocationAware aware) {
      JsonLocation location = aware.tokenStreamLocation();
      if (location != null) {
        return new SourceLocation(
            shownFile, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0), pointer);
      }
    }
    return new SourceLocation(shownFile, 0, 0, pointer);
  }

  /** Where the value at {@code pointer} begins; the file's start when there is none. */
  public SourceLocation locate(String pointer) {
    JsonNode node = root.at(com.fasterxml.jackson.core.JsonPointer.compile(pointer));
    return node.isMissingNode() ? new SourceLocation(shownFile, 0, 0, pointer) : locate(node, pointer);
  }
}
