package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact messages for broken inputs, all reported by one run, and nothing thrown. */
class DiagnosticsTest {

  @TempDir Path dir;

  @Test
  void everyProblemOfARunIsReportedTogetherAtItsPlace() {
    ReaderRun run = ReaderRun.in(ReaderRun.resource("broken"));
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "1-malformed.flow.json:4:3: error: malformed JSON: Unexpected character ('\"' (code 34)):"
            + " was expecting comma to separate Object entries",
        "2-orders.flow.json:4:14: error: unknown property \"summery\" (at /summery)",
        "2-orders.flow.json:6:52: error: profile file not found: profiles/missing.schema.json"
            + " (at /messageActions/0/request/schema)",
        "2-orders.flow.json:10:83: error: id \"ticketId\" is not an entry of the profile of Ticket"
            + " (entries: id, subject, tags) (at /dataActions/0/id)",
        "profiles/bad-ref.schema.json:5:24: error: \"#/definitions/Reason\" does not resolve:"
            + " profiles/bad-ref.schema.json has nothing at /definitions/Reason (at /properties/reason/$ref)",
        "profiles/ticket.json:4:11: error: an empty array: the type of its items is unknown (add an example item)"
            + " (at /tags)",
        "profiles/upload.json:1:1: error: the upload response profile of file resource \"Receipt\" has no"
            + " \"externalId\" entry; Flow identifies uploaded files by it");
  }

  @Test
  void aProfileSharedByTwoActionsIsReportedOnceAndFailsBoth() {
    ReaderRun run = new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "messageActions": [
              {"name": "A", "request": {"sample": "p.json"}}, {"name": "B", "request": {"sample": "p.json"}}]}
            """)
        .file("p.json", "{\"a\": []}")
        .run();
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "p.json:1:7: error: an empty array: the type of its items is unknown (add an example item) (at /a)");
  }

  @Test
  void oddInputsAreReportedNotThrown() throws Exception {
    new TempProject(dir)
        .file("a-array.flow.json", "[1, 2]")
        .file("b-empty.flow.json", "")
        .file("c-trailing.flow.json", "{\"name\": \"C\", \"path\": \"/c\"} {}")
        .file("d-dir-profile.flow.json", """
            {"name": "D", "path": "/d", "messageActions": [{"name": "A", "request": {"schema": "profiles"}}]}
            """)
        .file("e-comment.flow.json", "// no comments in JSON\n{}");
    Files.createDirectories(dir.resolve("profiles"));
    ReaderRun run = ReaderRun.in(dir);
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "a-array.flow.json:1:1: error: array found, object expected",
        "b-empty.flow.json:1:1: error: empty file: expected a JSON value",
        "c-trailing.flow.json:1:29: error: malformed JSON: more content after the end of the JSON value",
        "d-dir-profile.flow.json:1:84: error: profile file not found: profiles (it is a directory)"
            + " (at /messageActions/0/request/schema)",
        "e-comment.flow.json:1:1: error: malformed JSON: Unexpected character ('/' (code 47)): maybe a (non-standard)"
            + " comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)");
  }

  @Test
  void aDescriptorWithoutPackageNameIsAnError() {
    new TempProject(dir).file("s.flow.json", """
        {"name": "S", "path": "/s", "package": "com.example.class", "messageActions": [{"name": "A"}]}
        """);
    ReaderRun run = ReaderRun.in(dir);
    assertThat(run.messages()).containsExactly(
        "s.flow.json:1:40: error: \"com.example.class\" is not a Java package name (a part is empty or a keyword)"
            + " (at /package)");
  }
}
