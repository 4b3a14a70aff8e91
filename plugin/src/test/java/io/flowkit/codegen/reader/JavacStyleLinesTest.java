package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of broken input gives exactly the javac-style line the build prints: the file relative
 * to the project, a line and a column (never left out), the severity, the message and the JSON
 * pointer of the value.
 */
class JavacStyleLinesTest {

  /** {@code path:line:col: error|warning: message}, the form IDEs and CI log viewers link. */
  private static final Pattern JAVAC_STYLE = Pattern.compile("[^:\\s][^:]*:[1-9]\\d*:[1-9]\\d*: (error|warning): \\S.*");

  private static final String DESCRIPTOR = """
      {"name": "Shop", "path": "/fs/shop",
       "messageActions": [{"name": "Place Order", "request": {"%s": "profiles/%s"}}]}
      """;

  @TempDir Path dir;

  /** One broken project and the exact lines it must produce. */
  record Case(String name, Map<String, String> files, String packageName, List<String> lines) {
    /** The same project built without a default package. */
    Case withPackage(String javaPackage, String... expected) {
      return new Case(name, files, javaPackage, List.of(expected));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Case request(String name, String kind, String file, String content, String... lines) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("shop.flow.json", DESCRIPTOR.formatted(kind, file));
    files.put("profiles/" + file, content);
    return new Case(name, files, "com.example.shop", List.of(lines));
  }

  private static Case descriptor(String name, String content, String... lines) {
    return new Case(name, Map.of("shop.flow.json", content), "com.example.shop", List.of(lines));
  }

  static Stream<Case> cases() {
    return Stream.of(
        request("syntax error", "schema", "order.schema.json", """
            {"type": "object",
             "properties": {
               "a": {"type": "string"}
               "b": {"type": "string"}}}
            """,
            "profiles/order.schema.json:4:4: error: malformed JSON: Unexpected character ('\"' (code 34)): was"
                + " expecting comma to separate Object entries"),
        request("duplicate key", "sample", "order.json", """
            {"id": 1,
             "id": 2}
            """,
            "profiles/order.json:2:6: error: malformed JSON: Duplicate field 'id'"),
        request("empty array", "sample", "order.json", """
            {"id": "1",
             "warnings": []}
            """,
            "profiles/order.json:2:14: error: an empty array: the type of its items is unknown (add an example item)"
                + " (at /warnings)"),
        new Case("missing id", Map.of(
                "shop.flow.json", """
                    {"name": "Shop", "path": "/fs/shop",
                     "dataActions": [{"objectType": "Product", "profile": {"sample": "product.json"},
                                      "id": "sku"}]}
                    """,
                "product.json", "{\"code\": \"A-1\", \"name\": \"Pen\"}"),
            "com.example.shop",
            List.of("shop.flow.json:3:25: error: id \"sku\" is not an entry of the profile of Product"
                + " (entries: code, name) (at /dataActions/0/id)")),
        descriptor("empty descriptor", "", "shop.flow.json:1:1: error: empty file: expected a JSON value"),
        descriptor("wrong type in the descriptor", """
            {"name": 42, "path": "/fs/shop", "messageActions": [{"name": "A"}]}
            """,
            "shop.flow.json:1:10: error: integer found, string expected (at /name)"),
        descriptor("missing descriptor property", """
            {"name": "Shop",
             "messageActions": [{"name": "A"}]}
            """,
            "shop.flow.json:1:1: error: missing required property \"path\""),
        descriptor("profile not found", """
            {"name": "Shop", "path": "/fs/shop",
             "messageActions": [{"name": "A", "request": {"schema": "nowhere.json"}}]}
            """,
            "shop.flow.json:2:57: error: profile file not found: nowhere.json (at /messageActions/0/request/schema)"),
        request("unresolved $ref", "schema", "order.schema.json", """
            {"type": "object", "properties": {
              "reason": {"$ref": "#/definitions/Reason"}}}
            """,
            "profiles/order.schema.json:2:22: error: \"#/definitions/Reason\" does not resolve:"
                + " profiles/order.schema.json has nothing at /definitions/Reason (at /properties/reason/$ref)"),
        request("root not an object", "sample", "order.json", """
            [{"id": 1}]
            """,
            "profiles/order.json:1:1: error: the root of a profile must be an object, not a list"
                + " (Flow maps its entries to inputs, outputs or properties)"),
        request("array of values", "sample", "order.json", """
            {"tags": ["a"]}
            """,
            "profiles/order.json:1:10: error: an array of values is not supported: Flow lists hold objects"
                + " (set scalarArrays to wrap to wrap each value in an object with a Value property) (at /tags)"),
        request("type without properties", "sample", "order.json", """
            {"meta": {}}
            """,
            "profiles/order.json:1:10: error: type \"Place Order REQUEST - meta\" would have no properties;"
                + " a Flow type needs at least one (at /meta)"),
        new Case("upload response without externalId", Map.of(
                "shop.flow.json", """
                    {"name": "Shop", "path": "/fs/shop",
                     "fileResources": [{"name": "Receipt", "path": "/r", "response": {"sample": "upload.json"}}]}
                    """,
                "upload.json", "{\"name\": \"a.pdf\"}"),
            "com.example.shop",
            List.of("upload.json:1:1: error: the upload response profile of file resource \"Receipt\" has no"
                + " \"externalId\" entry; Flow identifies uploaded files by it")),
        descriptor("no package", """
            {"name": "Shop", "path": "/fs/shop", "messageActions": [{"name": "A"}]}
            """,
            "").withPackage("", "shop.flow.json:1:1: error: no Java package for service \"Shop\": set <packageName>"
                + " in the plugin configuration or \"package\" in the descriptor"),
        request("null only", "sample", "order.json", """
            {"id": "1", "note": null}
            """,
            "profiles/order.json:1:21: warning: only null here, so the type is unknown: typed as String (give an"
                + " example value or a schema type) (at /note)"),
        request("union of objects", "schema", "order.schema.json", """
            {"type": "object", "properties": {
              "pet": {"oneOf": [
                {"type": "object", "properties": {"meow": {"type": "boolean"}}},
                {"type": "object", "properties": {"bark": {"type": "boolean"}}}]}}}
            """,
            "profiles/order.schema.json:2:20: warning: oneOf of 2 object schemas: generated one type with the"
                + " properties of all of them, each optional (Flow has no union types) (at /properties/pet/oneOf)"),
        request("unrenamed Boomi layer", "sample", "order.json", """
            {"Object": {"id": "1"}}
            """,
            "profiles/order.json:1:12: warning: entry name \"Object\" is the name Boomi gives an unrenamed profile"
                + " layer, so its type is called \"Place Order REQUEST - Object\"; rename the entry after what it"
                + " holds (Boomi advises renaming every layer before the first install) (at /Object)"),
        request("date without a time", "sample", "order.json", """
            {"due": "2025-03-14"}
            """,
            "profiles/order.json:1:9: warning: a date without a time: typed as LocalDate and sent to Flow as"
                + " midnight UTC, while the Flow Services Server expects date/times as yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"
                + " (write a full date-time if a time is meant; a schema with \"format\": \"date\" declares a date"
                + " without this warning) (at /due)"),
        request("deeper than Boomi imports", "sample", "order.json",
            "{\"a\": {\"b\": {\"c\": {\"d\": {\"e\": {\"f\": {\"g\": {\"h\": {\"i\": {\"j\": {\"k\": 1}}}}}}}}}}}",
            "profiles/order.json:1:61: warning: objects nest 11 levels deep here; Boomi's JSON profile import stops"
                + " at 10 levels, so a Boomi profile cannot mirror this one (flatten it to keep them in step)"
                + " (at /a/b/c/d/e/f/g/h/i/j)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachProblemIsOneExactJavacStyleLine(Case testCase) {
    TempProject project = new TempProject(dir);
    testCase.files().forEach(project::file);
    ReaderRun.Options options = new ReaderRun.Options();
    options.packageName = testCase.packageName();

    List<String> lines = project.run(options).messages();

    assertThat(lines).containsExactlyElementsOf(testCase.lines());
    assertThat(lines).allMatch(line -> JAVAC_STYLE.matcher(line).matches(), "javac-style with line and column");
  }
}
