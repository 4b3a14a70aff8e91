package io.flowkit.codegen.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small project (descriptor and profiles) into a temporary directory. */
final class TempProject {

  final Path dir;

  TempProject(Path dir) {
    this.dir = dir;
  }

  TempProject file(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A service with one message action "A" whose request profile is {@code path} of {@code kind}. */
  TempProject request(String kind, String path, String content) {
    file("service.flow.json", """
        {"name": "S", "path": "/s",
         "messageActions": [{"name": "A", "request": {"%s": "%s"}}]}
        """.formatted(kind, path));
    return file(path, content);
  }

  /** A service with one message action "A" whose request is the schema {@code content}. */
  TempProject requestSchema(String content) {
    return request("schema", "request.json", content);
  }

  /** A service with one message action "A" whose request is the sample {@code content}. */
  TempProject requestSample(String content) {
    return request("sample", "request.json", content);
  }

  ReaderRun run() {
    return ReaderRun.in(dir);
  }

  ReaderRun run(ReaderRun.Options options) {
    return ReaderRun.in(dir, options);
  }
}
