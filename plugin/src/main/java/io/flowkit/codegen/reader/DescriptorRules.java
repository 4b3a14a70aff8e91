package io.flowkit.codegen.reader;

import io.flowkit.codegen.descriptor.ConfigurationValueDescriptor;
import io.flowkit.codegen.descriptor.DataActionDescriptor;
import io.flowkit.codegen.descriptor.FileResourceDescriptor;
import io.flowkit.codegen.descriptor.MessageActionDescriptor;
import io.flowkit.codegen.descriptor.ServiceDescriptor;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.naming.FlowNameRules;
import io.flowkit.codegen.naming.FlowNames;
import io.flowkit.codegen.naming.JavaNames;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.ListShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shapes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a descriptor says, checked against Flow's and Boomi's rules (spec §8): unique names and
 * {@code uriPart}s, a usable Java package, an identifier for each data action, an {@code
 * externalId} for each file resource, flat data profiles, and records small enough for Java.
 */
final class DescriptorRules {

  /** The most components a record can have: its canonical constructor has 255 slots, one for {@code this}. */
  static final int MAX_COMPONENTS = 254;

  private final GenerationRequest request;
  private final Reporter reporter;

  DescriptorRules(GenerationRequest request, Reporter reporter) {
    this.request = request;
    this.reporter = reporter;
  }

  /** The service's Java package (the descriptor's, else the plugin's), or {@code null} (reported). */
  String javaPackage(ServiceDescriptor descriptor) {
    if (descriptor.javaPackage() != null) {
      if (!JavaNames.isPackageName(descriptor.javaPackage())) {
        reporter.error(descriptor.packageSource(),
            "\"" + descriptor.javaPackage() + "\" is not a Java package name (a part is empty or a keyword)");
        return null;
      }
      return descriptor.javaPackage();
    }
    if (request.packageName().isEmpty()) {
      String service = descriptor.name() == null ? "this service" : "service \"" + descriptor.name() + "\"";
      reporter.error(descriptor.source(), "no Java package for " + service
          + ": set <packageName> in the plugin configuration or \"package\" in the descriptor");
      return null;
    }
    if (!JavaNames.isPackageName(request.packageName())) {
      reporter.error(descriptor.source(), "packageName \"" + request.packageName()
          + "\" is not a Java package name (a part is empty or a keyword): fix <packageName> in the plugin"
          + " configuration or set \"package\" in the descriptor");
      return null;
    }
    return request.packageName();
  }

  /** The names of the descriptor: unique where Flow needs them unique, and free of reserved characters. */
  void checkDescriptor(ServiceDescriptor descriptor) {
    if (descriptor.messageActions().isEmpty() && descriptor.dataActions().isEmpty()
        && descriptor.fileResources().isEmpty() && descriptor.name() != null) {
      reporter.warning(descriptor.source(), "service \"" + descriptor.name()
          + "\" has no message actions, data actions or file resources");
    }
    Map<String, SourceLocation> configNames = new HashMap<>();
    for (ConfigurationValueDescriptor value : descriptor.configurationValues()) {
      unique(configNames, value.name(), value.source(), "configuration value");
      FlowNameRules.checkDot(value.name(), "configuration value name", value.source(), reporter);
    }
    Map<String, SourceLocation> actionNames = new HashMap<>();
    Map<String, SourceLocation> uriParts = new HashMap<>();
    for (MessageActionDescriptor action : descriptor.messageActions()) {
      unique(actionNames, action.name(), action.source(), "message action");
      FlowNameRules.checkNotSystem(action.name(), "message action name", action.source(), reporter);
      FlowNameRules.checkDot(action.name(), "message action name", action.source(), reporter);
      String uriPart = action.uriPart() != null ? action.uriPart() : FlowNames.defaultUriPart(action.name());
      SourceLocation other = uriParts.putIfAbsent(uriPart, action.source());
      if (other != null && !uriPart.equals(FlowNames.ACTIONS_URI)) {
        reporter.error(action.source(), "message action \"" + action.name() + "\" has uriPart \"" + uriPart
            + "\" like the action at " + other.place() + "; Flow calls actions by uriPart (set \"uriPart\")");
      }
      if (action.syncTimeoutSeconds() >= 60) {
        reporter.warning(action.source(), "syncTimeoutSeconds " + action.syncTimeoutSeconds()
            + " is 60 or more: Flow gives up on calls after about 60 seconds, so the call may fail before WAIT is sent");
      }
    }
    Map<String, SourceLocation> objectTypes = new HashMap<>();
    for (DataActionDescriptor data : descriptor.dataActions()) {
      unique(objectTypes, data.objectType(), data.source(), "data action object type");
      FlowNameRules.checkNotSystem(data.objectType(), "object type", data.source(), reporter);
      FlowNameRules.checkDot(data.objectType(), "object type", data.source(), reporter);
    }
    Map<String, SourceLocation> fileNames = new HashMap<>();
    Map<String, SourceLocation> filePaths = new HashMap<>();
    for (FileResourceDescriptor file : descriptor.fileResources()) {
      unique(fileNames, file.name(), file.source(), "file resource");
      FlowNameRules.checkDot(file.name(), "file resource name", file.source(), reporter);
      SourceLocation other = filePaths.putIfAbsent(file.path(), file.source());
      if (other != null) {
        reporter.error(file.source(), "file resource path \"" + file.path() + "\" is also used at " + other.place());
      }
    }
  }

  /** The action's {@code uriPart}: declared, else derived from its name (reported when it cannot be). */
  String uriPart(MessageActionDescriptor descriptor) {
    if (descriptor.uriPart() != null) {
      return descriptor.uriPart();
    }
    String uriPart = FlowNames.defaultUriPart(descriptor.name());
    if (uriPart.equals(FlowNames.ACTIONS_URI)) {
      reporter.error(descriptor.source(), "cannot derive a uriPart from the name \"" + descriptor.name()
          + "\" (no ASCII letters or digits); set \"uriPart\"");
    }
    return uriPart;
  }

  /** A data action's profile is flat: Flow stores each object type as one type. */
  void checkFlat(ObjectShape root) {
    for (Member member : root.members()) {
      if (member.shape() instanceof ObjectShape || member.shape() instanceof ListShape) {
        reporter.error(member.source(), "entry \"" + member.name() + "\" is " + Shapes.describe(member.shape())
            + ", but a data action's profile must be flat: Flow stores each object type as one type"
            + " (move it to a data action of its own or a message action)");
      }
    }
  }

  /** The declared identifier, or the entry named id / externalId (any case); reported when absent. */
  String identifier(DataActionDescriptor descriptor, ObjectShape root) {
    List<String> names = root.members().stream().map(Member::name).toList();
    if (descriptor.id() != null) {
      Optional<Member> declared = root.member(descriptor.id());
      if (declared.isEmpty()) {
        String hint = names.stream().filter(n -> n.equalsIgnoreCase(descriptor.id())).findFirst()
            .map(n -> " (did you mean \"" + n + "\"?)")
            .orElse(" (entries: " + String.join(", ", names.stream().sorted().toList()) + ")");
        reporter.error(descriptor.idSource(), "id \"" + descriptor.id() + "\" is not an entry of the profile of "
            + descriptor.objectType() + hint);
        return null;
      }
      requireValue(declared.get(), "the identifier of " + descriptor.objectType());
      return descriptor.id();
    }
    for (String candidate : List.of("id", "externalId")) {
      Optional<String> found = names.stream().filter(n -> n.equalsIgnoreCase(candidate)).findFirst();
      if (found.isPresent()) {
        requireValue(root.member(found.get()).orElseThrow(), "the identifier of " + descriptor.objectType());
        return found.get();
      }
    }
    reporter.error(descriptor.idSource(), "data action " + descriptor.objectType()
        + " has no identifier: its profile has no entry named id or externalId; name one with \"id\"");
    return null;
  }

  /** A file resource's upload response has an {@code externalId} value: Flow identifies uploaded files by it. */
  void checkExternalId(FileResourceDescriptor descriptor, ObjectShape root) {
    Optional<Member> externalId = root.member("externalId");
    if (externalId.isEmpty()) {
      String hint = root.members().stream().map(Member::name).filter(n -> n.equalsIgnoreCase("externalId"))
          .findFirst().map(n -> " (\"" + n + "\" differs in letter case)").orElse("");
      reporter.error(root.source(), "the upload response profile of file resource \"" + descriptor.name()
          + "\" has no \"externalId\" entry" + hint + "; Flow identifies uploaded files by it");
    } else {
      requireValue(externalId.get(), "externalId");
    }
  }

  private void requireValue(Member member, String what) {
    if (!(member.shape() instanceof ScalarShape) && !(member.shape() instanceof InvalidShape)) {
      reporter.error(member.source(), what + " must be a simple value, not " + Shapes.describe(member.shape()));
    }
  }

  /**
   * Each type, action request and response, and the configuration becomes a record, whose
   * canonical constructor takes at most {@value #MAX_COMPONENTS} components (255 slots, one of them
   * {@code this}).
   */
  void checkRecordSizes(ServiceDescriptor descriptor, Collection<TypeDraft> types, Collection<ActionDraft> actions) {
    for (TypeDraft type : types) {
      checkRecordSize(type.shape.members().size(), "type \"" + type.flowName + "\" has", "properties",
          "split the object", type.source);
    }
    for (ActionDraft action : actions) {
      if (action.request != null) {
        checkRecordSize(action.request.members().size(), "message action \"" + action.descriptor.name() + "\" has",
            "inputs", "group some of the request's entries in an object", action.request.source());
      }
      if (action.response != null) {
        checkRecordSize(action.response.members().size(), "message action \"" + action.descriptor.name() + "\" has",
            "outputs", "group some of the response's entries in an object", action.response.source());
      }
    }
    List<ConfigurationValueDescriptor> values = descriptor.configurationValues();
    if (values.size() > MAX_COMPONENTS) {
      String service = descriptor.name() == null ? "this service" : "service \"" + descriptor.name() + "\"";
      checkRecordSize(values.size(), service + " has", "configuration values",
          "keep at most " + MAX_COMPONENTS, values.get(MAX_COMPONENTS).source());
    }
  }

  private void checkRecordSize(int components, String owner, String what, String remedy, SourceLocation at) {
    if (components > MAX_COMPONENTS) {
      reporter.error(at, owner + " " + components + " " + what + ", more than the " + MAX_COMPONENTS
          + " components a Java record can hold; " + remedy);
    }
  }

  private void unique(Map<String, SourceLocation> seen, String name, SourceLocation at, String what) {
    SourceLocation other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), at);
    if (other != null) {
      reporter.error(at, "duplicate " + what + " \"" + name + "\" (names are compared ignoring case); the first is at "
          + other.place());
    }
  }
}
