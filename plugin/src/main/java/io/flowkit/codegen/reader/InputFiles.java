package io.flowkit.codegen.reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.flowkit.codegen.descriptor.DescriptorParser;
import io.flowkit.codegen.descriptor.ProfileKind;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.diagnostics.Diagnostics;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.json.JsonDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The files a run reads: the descriptors, the profiles they name, and every file reachable from a
 * schema profile through {@code $ref} (found by streaming over the schema, without building a
 * tree, so that the up-to-date check stays cheap). Files that do not exist are left out; a build
 * that needs them fails, and a failed build leaves no cache.
 */
final class InputFiles {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Set<String> REF_KEYWORDS = Set.of("$ref", "$dynamicRef", "$recursiveRef");

  private InputFiles() {}

  static List<Path> of(Path baseDirectory, List<Path> descriptors) {
    Set<Path> files = new TreeSet<>();
    JsonDocuments documents = new JsonDocuments(baseDirectory);
    Reporter silent = new Reporter(new Diagnostics());
    Deque<Path> schemas = new ArrayDeque<>();
    for (Path descriptor : descriptors) {
      Path file = baseDirectory.resolve(descriptor).toAbsolutePath().normalize();
      if (!Files.isRegularFile(file)) {
        continue;
      }
      files.add(file);
      documents.load(file, null, "descriptor", silent).ifPresent(document -> {
        for (ProfileReference profile : ServiceModelBuilder.profilesOf(DescriptorParser.parse(document))) {
          if (Files.isRegularFile(profile.file()) && files.add(profile.file()) && profile.kind() == ProfileKind.SCHEMA) {
            schemas.add(profile.file());
          }
        }
      });
    }
    while (!schemas.isEmpty()) {
      Path schema = schemas.poll();
      for (Path referenced : references(schema)) {
        if (Files.isRegularFile(referenced) && files.add(referenced)) {
          schemas.add(referenced);
        }
      }
    }
    return List.copyOf(files);
  }

  /** The files the {@code $ref}s of a schema file name (relative file parts only). */
  private static Set<Path> references(Path schema) {
    Set<Path> referenced = new TreeSet<>();
    try (JsonParser parser = JSON.createParser(schema.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && REF_KEYWORDS.contains(parser.currentName())
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          String ref = parser.getText();
          int hash = ref.indexOf('#');
          String filePart = hash < 0 ? ref : ref.substring(0, hash);
          if (!filePart.isEmpty() && !URI_SCHEME.matcher(filePart).find()) {
            try {
              referenced.add(schema.getParent().resolve(filePart).normalize());
            } catch (InvalidPathException ignored) {
              // reported when the schema is read
            }
          }
        }
      }
    } catch (IOException e) {
      // a malformed schema is reported when it is read; the files found so far still count
    }
    return referenced;
  }
}
