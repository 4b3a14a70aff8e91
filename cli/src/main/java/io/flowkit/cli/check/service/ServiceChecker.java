package io.flowkit.cli.check.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowkit.cli.check.CheckReport;
import io.flowkit.cli.check.CheckRun;
import io.flowkit.cli.check.Progress;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.Culture;
import io.flowkit.runtime.wire.DescribeServiceRequest;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.ServiceProblem;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.WireJson;
import io.flowkit.testkit.CallbackReceiver;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.ListFilterBuilder;
import io.flowkit.testkit.RawResponse;
import java.io.CharConversionException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plays Flow against a service: describes it (with the configuration values), judges the answer
 * ({@link DescribeValidator}), asks for the types to install, loads one page of each binding, lists
 * files, and, only when asked to, invokes each message action with synthesised inputs. Every call
 * goes over HTTP with the platform's headers and the given Basic credentials.
 */
public final class ServiceChecker {

  private static final ObjectMapper JSON = WireJson.mapper();
  private static final Set<String> SERVICE_INVOKE_TYPES = Set.of("FORWARD", "WAIT", "DONE");
  private static final Culture CULTURE = new Culture(null, null, null, null, "EN", "USA", null, null);

  private final ServiceCheckOptions options;
  private final CheckRun run;
  private FlowPlatform platform;

  private ServiceChecker(ServiceCheckOptions options, Progress progress) {
    this.options = options;
    this.run = new CheckRun("service", options.service().toString(), progress);
  }

  /** Checks the service {@code options} name; the report says what passed and what failed. */
  public static CheckReport check(ServiceCheckOptions options, Progress progress) {
    ServiceChecker checker = new ServiceChecker(options, progress);
    // Flow always sends a callback URL with an action, and services answer WAIT only when there is
    // one: when actions are invoked a local receiver takes their callbacks (and drops them).
    CallbackReceiver callbacks = options.invoke() ? startReceiver() : null;
    try {
      checker.run(callbacks);
    } finally {
      if (callbacks != null) {
        callbacks.close();
      }
    }
    return checker.run.finish();
  }

  private static CallbackReceiver startReceiver() {
    try {
      return CallbackReceiver.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start a local receiver for action callbacks: " + e.getMessage(), e);
    }
  }

  private void run(CallbackReceiver callbacks) {
    FlowPlatform.Builder builder = FlowPlatform.builder(options.service()).timeout(options.timeout());
    if (callbacks != null) {
      builder.callbacks(callbacks);
    }
    if (options.basicUsername() != null) {
      builder.basicAuth(options.basicUsername(), options.basicPassword() == null ? "" : options.basicPassword());
    }
    platform = builder.configuration(untypedConfiguration()).build();

    run.step("describe: POST /metadata");
    Optional<JsonNode> described = json("describe", "POST /metadata answers a describe", ServiceRules.DESCRIBE,
        () -> post(platform, "metadata", describeRequest(true)));
    if (described.isEmpty()) {
      run.skip("probes", "everything after describe", ServiceRules.DESCRIBE,
          "without a describe answer Flow cannot install the service");
      return;
    }
    DescribeValidator.validate(described.get(), run);
    DescribedService service = DescribedService.of(described.get());
    platform = platform.withConfiguration(typedConfiguration(service));
    describeVariants();
    install(service);
    data(service);
    files(service);
    actions(service);
  }

  // ---- describe ------------------------------------------------------------------------------

  private void describeVariants() {
    if (!options.configuration().isEmpty()) {
      run.step("describe without configuration values");
      FlowPlatform bare = platform.withConfiguration(List.of());
      expectSuccess("describe", "POST /metadata works before configuration values are filled in",
          ServiceRules.checklist(8), () -> post(bare, "metadata", describeRequest(false)), false);
    }
    run.step("describe: GET /metadata");
    expectSuccess("describe", "GET /metadata answers too", ServiceRules.checklist(8),
        () -> platform.send("GET", "metadata", Map.of(), BodyPublishers.noBody()), false);
    if (options.basicUsername() != null) {
      run.step("describe without credentials");
      FlowPlatform anonymous = platform.withBasicAuth(null, null);
      try {
        RawResponse response = post(anonymous, "metadata", describeRequest(true));
        if (response.status() / 100 == 2) {
          run.warn("describe", "calls without the Basic credentials are refused", ServiceRules.checklist(33),
              "POST /metadata without credentials answered HTTP " + response.status());
        } else {
          run.pass("describe", "calls without the Basic credentials are refused", ServiceRules.checklist(33),
              "HTTP " + response.status());
        }
      } catch (RuntimeException e) {
        run.fail("describe", "calls without the Basic credentials are refused", ServiceRules.AUTHENTICATION,
            "the call failed: " + e.getMessage());
      }
    }
  }

  private void install(DescribedService service) {
    run.step("install: POST /metadata/install");
    RawResponse response;
    try {
      response = post(platform, "metadata/install", describeRequest(true));
    } catch (RuntimeException e) {
      run.fail("install", "POST /metadata/install answers the types to install", ServiceRules.DESCRIBE_V2,
          "the call failed: " + e.getMessage());
      return;
    }
    if (response.status() == 404 || response.status() == 405) {
      run.warn("install", "POST /metadata/install answers the types to install", ServiceRules.checklist(9),
          "HTTP " + response.status() + ": only the v1 describe is served; Flow's newer install call will fail");
      return;
    }
    Optional<JsonNode> answer = json("install", "POST /metadata/install answers the types to install",
        ServiceRules.DESCRIBE_V2, () -> response);
    if (answer.isEmpty()) {
      return;
    }
    Set<String> installed = new HashSet<>();
    DescribedService.typeElements(answer.get()).forEach(t -> installed.add(DescribedService.text(t, "developerName")));
    if (!installed.equals(service.types.keySet())) {
      run.fail("install", "install answers the types describe declares", ServiceRules.DESCRIBE_V2,
          "describe declares " + service.types.keySet() + ", install answers " + installed);
    } else {
      run.pass("install", "install answers the types describe declares", ServiceRules.DESCRIBE_V2,
          installed.size() + " types");
    }
  }

  // ---- data ----------------------------------------------------------------------------------

  private void data(DescribedService service) {
    if (!service.providesDatabase) {
      return;
    }
    for (DescribedService.Binding binding : service.bindings) {
      if (binding.tableName() == null || binding.tableName().isBlank()) {
        continue;
      }
      String name = "load one page of '" + binding.tableName() + "'";
      run.step("data: " + name);
      Optional<JsonNode> answer = json("data", name, ServiceRules.DATA,
          () -> post(platform, "data", loadRequest(binding)));
      answer.ifPresent(json -> loaded(name, binding, json));
    }
  }

  private ObjectNode loadRequest(DescribedService.Binding binding) {
    ObjectNode request = JSON.valueToTree(platform.dataRequest(
        binding.tableName(), ListFilterBuilder.create().limit(options.pageSize()).build(), List.of()));
    ObjectNode type = request.putObject("objectDataType");
    type.putNull("typeElementId");
    type.put("developerName", binding.tableName());
    var properties = type.putArray("properties");
    binding.fieldsByProperty().values().forEach(field -> properties.addObject().put("developerName", field).putNull("list"));
    return request;
  }

  private void loaded(String name, DescribedService.Binding binding, JsonNode answer) {
    List<String> problems = new ArrayList<>();
    boolean ok = true;
    JsonNode objects = answer.path("objectData");
    if (!objects.isArray() && !objects.isNull() && !objects.isMissingNode()) {
      run.fail("data", name, ServiceRules.OBJECT, "objectData is not a list");
      return;
    }
    int count = objects.isArray() ? objects.size() : 0;
    if (count > options.pageSize()) {
      ok = false;
      run.fail("data", name + ": no more than the page", ServiceRules.checklist(22),
          count + " objects answered for a limit of " + options.pageSize());
    }
    JsonNode more = answer.get("hasMoreResults");
    if (more != null && !more.isBoolean() && !more.isNull()) {
      ok = false;
      run.fail("data", name + ": hasMoreResults is a boolean", ServiceRules.checklist(22), "it is " + more);
    }
    Set<String> fields = new HashSet<>(binding.fieldsByProperty().values());
    Set<String> unknownFields = new HashSet<>();
    for (JsonNode object : DescribedService.elements(objects)) {
      String id = DescribedService.text(object, "externalId");
      if (id == null || id.isBlank()) {
        problems.add("an object has no externalId");
      }
      for (JsonNode property : DescribedService.elements(object.path("properties"))) {
        String field = DescribedService.text(property, "developerName");
        String contentType = DescribedService.text(property, "contentType");
        if (contentType == null || !DescribeValidator.CONTENT_TYPES.contains(contentType)) {
          problems.add("property '" + field + "' has content type " + contentType);
        }
        if (field != null && !fields.contains(field)) {
          unknownFields.add(field);
        }
      }
    }
    if (!problems.isEmpty()) {
      ok = false;
      run.fail("data", name + ": objects have ids and typed properties", ServiceRules.checklist(14),
          String.join("; ", new HashSet<>(problems)));
    }
    if (!unknownFields.isEmpty()) {
      run.warn("data", name + ": properties are the binding's fields", ServiceRules.checklist(21),
          "not fields of the binding: " + unknownFields);
    }
    if (ok) {
      run.pass("data", name, ServiceRules.DATA, count + " objects, hasMoreResults " + (more == null ? "absent" : more));
    }
  }

  // ---- files ---------------------------------------------------------------------------------

  private void files(DescribedService service) {
    if (!service.providesFiles) {
      return;
    }
    String name = "list files";
    run.step("files: POST /file");
    Optional<JsonNode> answer = json("files", name, ServiceRules.FILES,
        () -> post(platform, "file", platform.fileRequest("", null, null)));
    if (answer.isEmpty()) {
      return;
    }
    JsonNode objects = answer.get().path("objectData");
    List<String> problems = new ArrayList<>();
    for (JsonNode file : DescribedService.elements(objects)) {
      String id = DescribedService.text(file, "externalId");
      if (id == null || id.isBlank()) {
        problems.add("a file has no externalId");
      }
      if (!"$File".equals(DescribedService.text(file, "developerName"))) {
        problems.add("a file is a '" + DescribedService.text(file, "developerName") + "', not a $File");
      }
    }
    if (problems.isEmpty()) {
      run.pass("files", name, ServiceRules.FILES, (objects.isArray() ? objects.size() : 0) + " files");
    } else {
      run.fail("files", name + ": $File objects with ids", ServiceRules.checklist(27),
          String.join("; ", new HashSet<>(problems)));
    }
  }

  // ---- actions -------------------------------------------------------------------------------

  private void actions(DescribedService service) {
    InputSynthesizer synthesizer = new InputSynthesizer(service.types);
    Set<String> probed = new HashSet<>();
    for (DescribedService.Action action : service.actions) {
      // a uriPart declared twice is a describe failure already; Flow would call it once
      if (action.uriPart() == null || action.uriPart().isBlank() || !probed.add(action.uriPart())) {
        continue;
      }
      String name = "invoke " + action.uriPart();
      if (!options.invoke()) {
        run.skip("actions", name, ServiceRules.ACTIONS, "not invoked: actions may have side effects (--invoke)");
        continue;
      }
      run.step("actions: " + name);
      ServiceRequest request = platform.request(action.uriPart(), synthesizer.inputs(action.inputs()));
      RawResponse response;
      try {
        response = post(platform, action.uriPart(), request);
      } catch (RuntimeException e) {
        run.fail("actions", name, ServiceRules.ACTIONS, "the call failed: " + e.getMessage());
        continue;
      }
      if (response.status() / 100 == 4) {
        Optional<String> problem = problemMessage(response);
        if (problem.isPresent()) {
          run.warn("actions", name, ServiceRules.ERRORS, "HTTP " + response.status()
              + " for the synthesised inputs: " + problem.get() + " (check it with real inputs)");
        } else {
          run.fail("actions", name + ": refusals are service problems", ServiceRules.checklist(34),
              "HTTP " + response.status() + " without a ServiceProblem body: " + abbreviate(response.bodyText()));
        }
        continue;
      }
      Optional<JsonNode> answer = json("actions", name, ServiceRules.ACTIONS, () -> response);
      answer.ifPresent(json -> invoked(name, action, request, json));
    }
  }

  private void invoked(String name, DescribedService.Action action, ServiceRequest request, JsonNode answer) {
    List<String> problems = new ArrayList<>();
    String invokeType = DescribedService.text(answer, "invokeType");
    if (invokeType == null || !SERVICE_INVOKE_TYPES.contains(invokeType.toUpperCase(Locale.ROOT))) {
      run.fail("actions", name + ": invokeType is FORWARD or WAIT", ServiceRules.INVOKE_TYPES,
          "invokeType is " + answer.path("invokeType"));
    }
    if (!request.token().equals(DescribedService.text(answer, "token"))
        || !String.valueOf(request.tenantId()).equals(DescribedService.text(answer, "tenantId"))) {
      run.fail("actions", name + ": token and tenantId are echoed", ServiceRules.checklist(15),
          "sent token " + request.token() + ", answered " + answer.path("token")
              + "; sent tenantId " + request.tenantId() + ", answered " + answer.path("tenantId"));
    }
    Map<String, String> declared = new HashMap<>();
    action.outputs().forEach(output -> declared.put(output.name(), output.contentType()));
    for (JsonNode output : DescribedService.elements(answer.path("outputs"))) {
      String outputName = DescribedService.text(output, "developerName");
      if (!declared.containsKey(outputName)) {
        problems.add("output '" + outputName + "' is not declared");
      } else if (declared.get(outputName) != null
          && !declared.get(outputName).equalsIgnoreCase(String.valueOf(DescribedService.text(output, "contentType")))) {
        problems.add("output '" + outputName + "' is " + DescribedService.text(output, "contentType")
            + ", declared " + declared.get(outputName));
      }
    }
    if (!problems.isEmpty()) {
      run.fail("actions", name + ": outputs are the declared ones", ServiceRules.checklist(17),
          String.join("; ", problems));
    }
    if (invokeType != null && SERVICE_INVOKE_TYPES.contains(invokeType.toUpperCase(Locale.ROOT)) && problems.isEmpty()
        && request.token().equals(DescribedService.text(answer, "token"))) {
      run.pass("actions", name, ServiceRules.SERVICE_RESPONSE,
          invokeType + " with " + answer.path("outputs").size() + " outputs");
    }
  }

  // ---- calls ---------------------------------------------------------------------------------

  private interface Call {
    RawResponse send();
  }

  /**
   * Makes the call and records its failure (unreachable, non-2xx, not JSON, not an object); on
   * success records nothing and answers the body.
   */
  private Optional<JsonNode> json(String group, String name, String rule, Call call) {
    RawResponse response;
    try {
      response = call.send();
    } catch (UncheckedIOException | IllegalStateException e) {
      run.fail(group, name, rule, "the call failed: " + e.getMessage());
      return Optional.empty();
    }
    if (response.status() / 100 != 2) {
      run.fail(group, name, rule, "HTTP " + response.status()
          + problemMessage(response).map(m -> ": " + m).orElse(": " + abbreviate(response.bodyText())));
      return Optional.empty();
    }
    String contentType = response.header("Content-Type").orElse("");
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      run.fail(group, name + ": answers application/json", ServiceRules.TRANSPORT,
          "Content-Type is '" + contentType + "'; Flow reads JSON");
    }
    JsonNode body;
    try {
      // The wire mapper checks the bytes are UTF-8 (StrictUtf8), which the platform may insist on.
      body = JSON.readTree(response.body());
    } catch (CharConversionException e) {
      run.fail(group, name, ServiceRules.TRANSPORT, "the body is not UTF-8 (RFC 8259 §8.1): " + e.getMessage());
      return Optional.empty();
    } catch (java.io.IOException e) {
      run.fail(group, name, ServiceRules.TRANSPORT, "the body is not JSON: " + abbreviate(response.bodyText()));
      return Optional.empty();
    }
    if (body == null || !body.isObject()) {
      run.fail(group, name, ServiceRules.TRANSPORT, "the body is not a JSON object: " + abbreviate(response.bodyText()));
      return Optional.empty();
    }
    if (group.equals("describe") || group.equals("install")) {
      run.pass(group, name, rule, "HTTP " + response.status());
    }
    return Optional.of(body);
  }

  /** Records whether the call succeeded; a failure is a warning unless {@code required}. */
  private void expectSuccess(String group, String name, String rule, Call call, boolean required) {
    String detail;
    try {
      RawResponse response = call.send();
      if (response.status() / 100 == 2) {
        run.pass(group, name, rule, "HTTP " + response.status());
        return;
      }
      detail = "HTTP " + response.status() + problemMessage(response).map(m -> ": " + m).orElse("");
    } catch (UncheckedIOException | IllegalStateException e) {
      detail = "the call failed: " + e.getMessage();
    }
    if (required) {
      run.fail(group, name, rule, detail);
    } else {
      run.warn(group, name, rule, detail);
    }
  }

  private static RawResponse post(FlowPlatform platform, String path, Object body) {
    try {
      return platform.send("POST", path, "application/json", JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the request", e);
    }
  }

  /** The describe request, carrying the configuration values every other call carries, or none. */
  private DescribeServiceRequest describeRequest(boolean withConfiguration) {
    return new DescribeServiceRequest(
        CULTURE, options.service().toString(), withConfiguration ? currentConfiguration : List.of());
  }

  private List<EngineValue> currentConfiguration = List.of();

  private List<EngineValue> untypedConfiguration() {
    List<EngineValue> values = new ArrayList<>();
    options.configuration().forEach((name, value) -> values.add(EngineValue.scalar(name, ContentType.STRING, value)));
    currentConfiguration = values;
    return values;
  }

  /** The configuration values typed as the service defines them; names it does not define are reported. */
  private List<EngineValue> typedConfiguration(DescribedService service) {
    Map<String, String> types = new HashMap<>();
    service.configurationValues.forEach(value -> types.put(value.name(), value.contentType()));
    List<EngineValue> values = new ArrayList<>();
    options.configuration().forEach((name, value) -> {
      if (!types.containsKey(name)) {
        run.warn("describe", "configuration value '" + name + "' is one the service defines",
            ServiceRules.DESCRIBE_VALUE, "the service defines " + types.keySet());
      }
      ContentType type;
      try {
        type = ContentType.fromWireName(types.get(name));
      } catch (IllegalArgumentException unknown) {
        type = null;
      }
      values.add(EngineValue.scalar(name, type == null || type.isStructured() ? ContentType.STRING : type, value));
    });
    for (DescribedService.Value defined : service.configurationValues) {
      if (defined.required() && defined.name() != null && !options.configuration().containsKey(defined.name())) {
        run.warn("describe", "required configuration value '" + defined.name() + "' is given",
            ServiceRules.DESCRIBE_VALUE, "not given (--config '" + defined.name()
                + "=...'): the probes run without it, as Flow never would, and may be refused");
      }
    }
    currentConfiguration = values;
    return values;
  }

  private static Optional<String> problemMessage(RawResponse response) {
    Optional<ServiceProblem> problem = response.problem();
    if (problem.isPresent()) {
      return Optional.ofNullable(problem.get().message());
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      if (body != null && body.path("message").isTextual()) {
        return Optional.of(body.path("message").textValue());
      }
    } catch (java.io.IOException | RuntimeException e) {
      // not a problem body
    }
    return Optional.empty();
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    if (oneLine.isEmpty()) {
      return "(empty body)";
    }
    return oneLine.length() > 160 ? oneLine.substring(0, 159) + "…" : oneLine;
  }

}
