package io.flowkit.cli.check.service;

import static io.flowkit.cli.check.service.DescribedService.elements;
import static io.flowkit.cli.check.service.DescribedService.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowkit.cli.check.CheckRun;
import io.flowkit.cli.check.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Judges a describe answer ({@code POST /metadata}) against the Flow service protocol, as the
 * platform would when installing the service: the answer's shape, configuration values, actions
 * with their inputs, outputs and outcomes, the types to install and their bindings. Each part with
 * no problem is recorded as one passed case; each problem as a case of its own.
 */
public final class DescribeValidator {

  /** The content types Flow defines, as it writes them. */
  static final Set<String> CONTENT_TYPES = Set.of(
      "ContentString", "ContentNumber", "ContentBoolean", "ContentDateTime", "ContentContent",
      "ContentPassword", "ContentEncrypted", "ContentObject", "ContentList");

  /** Types the platform has already: they may be referred to, never installed. */
  static final Set<String> SYSTEM_TYPES = Set.of(
      "$File", "$User", "$Group", "$State", "$Location", "GroupAuthorizationUser",
      "GroupAuthorizationGroup", "AuthenticationAttribute");

  private static final String GROUP = "describe";
  private static final List<String> FLAGS = List.of(
      "providesLogic", "providesDatabase", "providesFiles", "providesIdentity", "providesListening",
      "providesSocial", "providesViews", "providesVoting", "providesNotifications", "providesSharing",
      "providesSmartSave", "providesAutoBinding");

  private final CheckRun run;
  // Problems of each part, in the order the parts are reported.
  private final Map<String, List<Problem>> problems = new LinkedHashMap<>();
  private final Map<String, String> passes = new HashMap<>();

  private record Problem(String name, Outcome outcome, String rule, String detail) {}

  private DescribeValidator(CheckRun run) {
    this.run = run;
    for (String part : List.of("answer", "configuration values", "actions", "types", "bindings")) {
      problems.put(part, new ArrayList<>());
    }
  }

  /** Records the cases of {@code describe} (the parsed answer) in {@code run}. */
  public static void validate(JsonNode describe, CheckRun run) {
    DescribeValidator validator = new DescribeValidator(run);
    validator.check(describe);
    validator.flush();
  }

  private void check(JsonNode describe) {
    if (!describe.isObject()) {
      problem("answer", "is a JSON object", Outcome.FAIL, ServiceRules.DESCRIBE_RESPONSE,
          "the answer is " + describe.getNodeType().toString().toLowerCase(Locale.ROOT));
      return;
    }
    answer(describe);
    Set<String> installed = new HashSet<>();
    for (JsonNode type : DescribedService.typeElements(describe)) {
      String name = text(type, "developerName");
      if (name != null) {
        installed.add(name);
      }
    }
    configurationValues(describe.path("configurationValues"), installed);
    actions(describe, installed);
    types(describe, installed);
    bindings(describe);
  }

  private void answer(JsonNode describe) {
    for (String flag : FLAGS) {
      JsonNode value = describe.get(flag);
      if (value != null && !value.isNull() && !value.isBoolean()) {
        problem("answer", flag + " is a boolean", Outcome.FAIL, ServiceRules.DESCRIBE_RESPONSE,
            flag + " is " + value);
      }
    }
    for (String list : List.of("configurationValues", "actions")) {
      JsonNode value = describe.get(list);
      if (value != null && !value.isNull() && !value.isArray()) {
        problem("answer", list + " is a list", Outcome.FAIL, ServiceRules.DESCRIBE_RESPONSE,
            list + " is " + value.getNodeType().toString().toLowerCase(Locale.ROOT));
      }
    }
    JsonNode install = describe.get("install");
    if (install != null && !install.isNull()
        && !(install.isObject() && (install.path("typeElements").isArray() || install.path("typeElements").isNull()
            || install.path("typeElements").isMissingNode()))) {
      problem("answer", "install.typeElements is a list", Outcome.FAIL, ServiceRules.DESCRIBE_RESPONSE,
          "install is " + install);
    }
    passes.put("answer", "capability flags and lists have the protocol's shapes");
  }

  private void configurationValues(JsonNode values, Set<String> installed) {
    List<JsonNode> list = elements(values);
    describeValues("configuration values", "configuration value", list, installed);
    passes.put("configuration values", list.size() + " defined, each named and typed");
  }

  private void describeValues(String part, String what, List<JsonNode> values, Set<String> installed) {
    Set<String> seen = new HashSet<>();
    for (JsonNode value : values) {
      String name = text(value, "developerName");
      if (name == null || name.isBlank()) {
        problem(part, what + " has a developerName", Outcome.FAIL, ServiceRules.DESCRIBE_VALUE,
            "a " + what + " has no developerName: " + abbreviate(value));
        continue;
      }
      if (!seen.add(name)) {
        problem(part, what + " '" + name + "' is named once", Outcome.FAIL, ServiceRules.DESCRIBE_VALUE,
            "'" + name + "' is declared more than once; Flow matches values by name");
      }
      contentType(part, what + " '" + name + "'", text(value, "contentType"), text(value, "typeElementDeveloperName"),
          installed);
    }
  }

  /** Checks a content type, and that object and list values name a type Flow will have. */
  private void contentType(String part, String subject, String contentType, String typeName, Set<String> installed) {
    if (contentType == null || contentType.isBlank()) {
      problem(part, subject + " has a content type", Outcome.FAIL, ServiceRules.CONTENT_TYPES,
          subject + " has no contentType");
      return;
    }
    if (!CONTENT_TYPES.contains(contentType)) {
      String known = CONTENT_TYPES.stream()
          .filter(type -> type.equalsIgnoreCase(contentType)).findFirst().orElse(null);
      if (known == null) {
        problem(part, subject + " has a Flow content type", Outcome.FAIL, ServiceRules.CONTENT_TYPES,
            "'" + contentType + "' is not a Flow content type (ContentString, ContentNumber, ...)");
        return;
      }
      problem(part, subject + " writes its content type as Flow does", Outcome.WARN, ServiceRules.checklist(2),
          "'" + contentType + "' should be written '" + known + "'");
    }
    boolean structured = contentType.equalsIgnoreCase("ContentObject") || contentType.equalsIgnoreCase("ContentList");
    if (structured) {
      if (typeName == null || typeName.isBlank()) {
        problem(part, subject + " names its type", Outcome.FAIL, ServiceRules.checklist(10),
            "an object or list needs typeElementDeveloperName");
      } else if (!installed.contains(typeName) && !SYSTEM_TYPES.contains(typeName)) {
        problem(part, subject + " refers to a type Flow will have", Outcome.FAIL, ServiceRules.checklist(10),
            "type '" + typeName + "' is neither installed by this service nor a system type");
      }
    }
  }

  private void actions(JsonNode describe, Set<String> installed) {
    List<JsonNode> actions = elements(describe.path("actions"));
    boolean providesLogic = describe.path("providesLogic").asBoolean(false);
    if (!actions.isEmpty() && !providesLogic) {
      problem("actions", "providesLogic is set when there are actions", Outcome.FAIL, ServiceRules.checklist(12),
          actions.size() + " actions declared but providesLogic is not true: Flow will not call them");
    }
    if (actions.isEmpty() && providesLogic) {
      problem("actions", "providesLogic is set only with actions", Outcome.WARN, ServiceRules.checklist(12),
          "providesLogic is true but no actions are declared");
    }
    Set<String> uriParts = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (JsonNode action : actions) {
      String name = text(action, "developerName");
      String uriPart = text(action, "uriPart");
      String subject = "action '" + (name != null ? name : uriPart) + "'";
      if (name == null || name.isBlank()) {
        problem("actions", subject + " has a developerName", Outcome.FAIL, ServiceRules.ACTION,
            "an action has no developerName: " + abbreviate(action));
      } else if (!names.add(name)) {
        problem("actions", subject + " is named once", Outcome.WARN, ServiceRules.ACTION,
            "two actions are named '" + name + "'; builders cannot tell them apart");
      }
      if (uriPart == null || uriPart.isBlank()) {
        problem("actions", subject + " has a uriPart", Outcome.FAIL, ServiceRules.ACTION,
            "no uriPart: Flow has nowhere to send it");
      } else {
        if (!uriParts.add(uriPart)) {
          problem("actions", subject + " has its own uriPart", Outcome.FAIL, ServiceRules.ACTION,
              "uriPart '" + uriPart + "' is used by another action; Flow matches actions by uriPart");
        }
        if (uriPart.contains("://") || uriPart.contains("?") || uriPart.contains("#")) {
          problem("actions", subject + " has a relative uriPart", Outcome.FAIL, ServiceRules.checklist(11),
              "uriPart '" + uriPart + "' is not a path relative to the service URL");
        }
      }
      describeValues("actions", subject + " input", elements(action.path("serviceInputs")), installed);
      describeValues("actions", subject + " output", elements(action.path("serviceOutputs")), installed);
      outcomes(subject, elements(action.path("serviceActionOutcomes")));
    }
    passes.put("actions", actions.size() + " declared, each with a unique uriPart, named typed inputs and outputs");
  }

  private void outcomes(String subject, List<JsonNode> outcomes) {
    Set<String> ids = new HashSet<>();
    for (JsonNode outcome : outcomes) {
      String id = text(outcome, "id");
      String name = text(outcome, "developerName");
      if (name == null || name.isBlank()) {
        problem("actions", subject + " outcome has a developerName", Outcome.FAIL, ServiceRules.ACTION,
            "an outcome has no developerName: " + abbreviate(outcome));
      }
      if (id == null || !isUuid(id)) {
        problem("actions", subject + " outcome '" + name + "' has a UUID id", Outcome.FAIL, ServiceRules.ACTION,
            "outcome id " + (id == null ? "is missing" : "'" + id + "' is not a UUID"));
      } else if (!ids.add(id.toLowerCase(Locale.ROOT))) {
        problem("actions", subject + " outcome '" + name + "' has its own id", Outcome.FAIL, ServiceRules.ACTION,
            "outcome id " + id + " is used twice");
      }
    }
  }

  private void types(JsonNode describe, Set<String> installed) {
    List<JsonNode> types = DescribedService.typeElements(describe);
    Set<String> seen = new HashSet<>();
    for (JsonNode type : types) {
      String name = text(type, "developerName");
      if (name == null || name.isBlank()) {
        problem("types", "type has a developerName", Outcome.FAIL, ServiceRules.TYPE,
            "a type has no developerName: " + abbreviate(type));
        continue;
      }
      String subject = "type '" + name + "'";
      if (!seen.add(name)) {
        problem("types", subject + " is named once", Outcome.FAIL, ServiceRules.TYPE,
            "'" + name + "' is declared more than once; Flow installs types by name");
      }
      // Names starting with $ are fine (Boomi's own are "$File RESPONSE - ..."); the system types' are not.
      if (SYSTEM_TYPES.contains(name)) {
        problem("types", subject + " does not take a system type's name", Outcome.FAIL, ServiceRules.SYSTEM_TYPES,
            "'" + name + "' is a type the platform already has; installing it would clash");
      }
      String elementType = text(type, "elementType");
      if (elementType != null && !elementType.equals("TYPE")) {
        problem("types", subject + " is a TYPE element", Outcome.FAIL, ServiceRules.TYPE,
            "elementType is '" + elementType + "', Flow installs 'TYPE'");
      }
      Set<String> properties = new HashSet<>();
      List<JsonNode> list = elements(type.path("properties"));
      if (list.isEmpty()) {
        problem("types", subject + " has properties", Outcome.WARN, ServiceRules.TYPE,
            "a type without properties holds nothing");
      }
      for (JsonNode property : list) {
        String propertyName = text(property, "developerName");
        if (propertyName == null || propertyName.isBlank()) {
          problem("types", subject + " property has a developerName", Outcome.FAIL, ServiceRules.TYPE,
              "a property has no developerName: " + abbreviate(property));
          continue;
        }
        if (!properties.add(propertyName)) {
          problem("types", subject + " property '" + propertyName + "' is named once", Outcome.FAIL,
              ServiceRules.TYPE, "declared more than once");
        }
        contentType("types", subject + " property '" + propertyName + "'", text(property, "contentType"),
            text(property, "typeElementDeveloperName"), installed);
      }
    }
    passes.put("types", types.size() + " to install, each uniquely named with typed properties");
  }

  private void bindings(JsonNode describe) {
    boolean providesDatabase = describe.path("providesDatabase").asBoolean(false);
    Map<String, String> tables = new HashMap<>();
    int count = 0;
    for (JsonNode type : DescribedService.typeElements(describe)) {
      String typeName = String.valueOf(text(type, "developerName"));
      Set<String> properties = new HashSet<>();
      elements(type.path("properties")).forEach(p -> properties.add(text(p, "developerName")));
      for (JsonNode binding : elements(type.path("bindings"))) {
        count++;
        String table = text(binding, "databaseTableName");
        String subject = "type '" + typeName + "' binding '" + (table != null ? table : text(binding, "developerName")) + "'";
        if (table == null || table.isBlank()) {
          problem("bindings", subject + " has a databaseTableName", Outcome.FAIL, ServiceRules.TYPE,
              "no databaseTableName: the service cannot tell which data Flow asks for");
        } else {
          String other = tables.putIfAbsent(table, typeName);
          if (other != null) {
            problem("bindings", subject + " has its own table name", Outcome.FAIL, ServiceRules.checklist(21),
                "table '" + table + "' is also bound by type '" + other + "'; /data dispatches on it");
          }
        }
        Set<String> fields = new HashSet<>();
        for (JsonNode field : elements(binding.path("propertyBindings"))) {
          String property = text(field, "typeElementPropertyDeveloperName");
          String column = text(field, "databaseFieldName");
          if (property == null || !properties.contains(property)) {
            problem("bindings", subject + " binds properties of its type", Outcome.FAIL, ServiceRules.TYPE,
                "property '" + property + "' is not a property of type '" + typeName + "'");
          }
          if (column == null || column.isBlank()) {
            problem("bindings", subject + " names a field for '" + property + "'", Outcome.FAIL, ServiceRules.TYPE,
                "no databaseFieldName");
          } else if (!fields.add(column)) {
            problem("bindings", subject + " field '" + column + "' is bound once", Outcome.FAIL,
                ServiceRules.checklist(21), "two properties are bound to field '" + column + "'");
          }
        }
      }
    }
    if (count > 0 && !providesDatabase) {
      problem("bindings", "providesDatabase is set when types are bound", Outcome.WARN, ServiceRules.checklist(12),
          count + " bindings but providesDatabase is not true: Flow will not load or save through them");
    }
    if (count == 0 && providesDatabase) {
      problem("bindings", "providesDatabase is set only with bindings", Outcome.FAIL, ServiceRules.TYPE,
          "providesDatabase is true but no type has a binding, so no type can be used with /data");
    }
    passes.put("bindings", count + " bindings, each to a unique table with fields of its type's properties");
  }

  private void problem(String part, String name, Outcome outcome, String rule, String detail) {
    problems.get(part).add(new Problem(part + ": " + name, outcome, rule, detail));
  }

  private void flush() {
    problems.forEach((part, found) -> {
      if (found.isEmpty()) {
        if (passes.containsKey(part)) {
          run.pass(GROUP, part, rule(part), passes.get(part));
        }
      } else {
        found.forEach(p -> run.record(GROUP, p.name(), p.outcome(), p.rule(), p.detail()));
      }
    });
  }

  private static String rule(String part) {
    return switch (part) {
      case "configuration values" -> ServiceRules.DESCRIBE_VALUE;
      case "actions" -> ServiceRules.ACTION;
      case "types", "bindings" -> ServiceRules.TYPE;
      default -> ServiceRules.DESCRIBE_RESPONSE;
    };
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 119) + "…" : text;
  }
}
