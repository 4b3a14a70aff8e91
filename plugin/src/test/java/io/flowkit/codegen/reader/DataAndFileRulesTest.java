package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data actions (spec §1.4, E20, E21) and file resources (§1.5, E22). */
class DataAndFileRulesTest {

  @TempDir Path dir;

  private ReaderRun data(String dataAction, String profile) {
    return new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "dataActions": [%s]}
            """.formatted(dataAction))
        .file("p.json", profile)
        .run();
  }

  @Test
  void theIdentifierDefaultsToAnEntryNamedIdOrExternalIdInAnyCase() {
    assertThat(data("{\"objectType\": \"T\", \"profile\": {\"sample\": \"p.json\"}}", "{\"ID\": 1, \"name\": \"x\"}")
        .model().types().get(0).idProperty()).isEqualTo("ID");
    assertThat(data("{\"objectType\": \"T\", \"profile\": {\"sample\": \"p.json\"}}", "{\"externalID\": \"1\", \"n\": 1}")
        .model().types().get(0).idProperty()).isEqualTo("externalID");
  }

  @Test
  void withoutAnIdentifierTheDataActionIsAnError() {
    ReaderRun run = data("{\"objectType\": \"T\", \"profile\": {\"sample\": \"p.json\"}}", "{\"code\": \"1\"}");
    assertThat(run.messages()).containsExactly(
        "service.flow.json:1:45: error: data action T has no identifier: its profile has no entry named id or"
            + " externalId; name one with \"id\" (at /dataActions/0)");
  }

  @Test
  void aDeclaredIdentifierMustBeAnEntryAndAValue() {
    ReaderRun wrongCase = data("{\"objectType\": \"T\", \"profile\": {\"sample\": \"p.json\"}, \"id\": \"code\"}",
        "{\"Code\": \"1\"}");
    assertThat(wrongCase.messages()).containsExactly(
        "service.flow.json:1:104: error: id \"code\" is not an entry of the profile of T (did you mean \"Code\"?)"
            + " (at /dataActions/0/id)");
    ReaderRun notAValue = data("{\"objectType\": \"T\", \"profile\": {\"sample\": \"p.json\"}, \"id\": \"key\"}",
        "{\"key\": {\"a\": 1}}");
    assertThat(notAValue.messages()).containsExactly(
        "p.json:1:9: error: entry \"key\" is an object, but a data action's profile must be flat: Flow stores each"
            + " object type as one type (move it to a data action of its own or a message action) (at /key)",
        "p.json:1:9: error: the identifier of T must be a simple value, not an object (at /key)");
  }

  @Test
  void dataActionProfilesMustBeFlat() {
    ReaderRun run = data("{\"objectType\": \"Ticket\", \"profile\": {\"sample\": \"p.json\"}}", """
        {"id": "1",
         "assignee": {"name": "x"},
         "comments": [{"text": "y"}]}
        """);
    assertThat(run.models).isEmpty();
    assertThat(run.messages()).containsExactly(
        "p.json:2:14: error: entry \"assignee\" is an object, but a data action's profile must be flat: Flow stores"
            + " each object type as one type (move it to a data action of its own or a message action) (at /assignee)",
        "p.json:3:14: error: entry \"comments\" is a list, but a data action's profile must be flat: Flow stores"
            + " each object type as one type (move it to a data action of its own or a message action) (at /comments)");
  }

  @Test
  void aDataTypeHasOneBindingNamedAfterTheObjectType() {
    ReaderRun run = data("{\"objectType\": \"Support Case\", \"summary\": \"Cases.\", \"profile\": {\"sample\": \"p.json\"},"
        + " \"operations\": [\"get\", \"save\"]}", "{\"id\": \"1\", \"title\": \"x\"}");
    assertThat(run.text()).isEqualTo("""
        service S /s com.example.flow.S
        data "Support Case" SupportCase GET,SAVE
        type "Support Case" SupportCase DATA binding="Support Case Binding" table="Support Case" id="id"
          "id" id STRING
          "title" title STRING
        """);
    assertThat(run.model().types().get(0).summary()).isEqualTo("Cases.");
  }

  @Test
  void anObjectTypeMayNotReuseAnotherTypesName() {
    ReaderRun run = new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s",
             "messageActions": [{"name": "A", "request": {"sample": "in.json"}}],
             "dataActions": [{"objectType": "a request - item", "profile": {"sample": "p.json"}}]}
            """)
        .file("in.json", "{\"item\": {\"x\": 1}}")
        .file("p.json", "{\"id\": \"1\"}")
        .run();
    assertThat(run.messages()).containsExactly(
        "p.json:1:1: error: type \"a request - item\" is also produced at in.json:1:10 (/item) (names differ only in"
            + " letter case); Flow installs types by name, so each must be unique in the service");
  }

  @Test
  void anUploadResponseWithoutExternalIdIsAnError() {
    ReaderRun run = new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "fileResources": [{"name": "Doc", "path": "/doc", "response": {"sample": "r.json"}}]}
            """)
        .file("r.json", "{\"ExternalID\": \"1\", \"name\": \"a.pdf\"}")
        .run();
    assertThat(run.messages()).containsExactly(
        "r.json:1:1: error: the upload response profile of file resource \"Doc\" has no \"externalId\" entry"
            + " (\"ExternalID\" differs in letter case); Flow identifies uploaded files by it");
  }

  @Test
  void fileResourcesShareTheirNamespace() {
    ReaderRun run = new TempProject(dir)
        .file("service.flow.json", """
            {"name": "S", "path": "/s", "fileResources": [
              {"name": "Invoice", "path": "/invoices", "response": {"sample": "a.json"}},
              {"name": "Receipt", "path": "/receipts", "response": {"sample": "b.json"}}]}
            """)
        .file("a.json", "{\"externalId\": \"1\", \"rows\": [{\"line\": 1}]}")
        .file("b.json", "{\"externalId\": \"2\", \"rows\": [{\"line\": 2}]}")
        .run();
    assertThat(run.messages()).isEmpty();
    assertThat(run.model().types()).extracting(t -> t.flowName() + " " + t.javaName() + " " + t.idProperty())
        .containsExactly(
            "$File RESPONSE - Invoice FileResponseInvoice externalId",
            "$File RESPONSE - Receipt FileResponseReceipt externalId",
            "$File RESPONSE - rows FileResponseRows null");
  }
}
