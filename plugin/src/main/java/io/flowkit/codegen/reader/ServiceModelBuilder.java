package io.flowkit.codegen.reader;

import io.flowkit.codegen.descriptor.ConfigurationValueDescriptor;
import io.flowkit.codegen.descriptor.DataActionDescriptor;
import io.flowkit.codegen.descriptor.FileResourceDescriptor;
import io.flowkit.codegen.descriptor.MessageActionDescriptor;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.descriptor.ServiceDescriptor;
import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.model.BindingModel;
import io.flowkit.codegen.model.ConfigurationValueModel;
import io.flowkit.codegen.model.DataActionModel;
import io.flowkit.codegen.model.EnumModel;
import io.flowkit.codegen.model.FileResourceModel;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.model.TypeRole;
import io.flowkit.codegen.model.ValueKind;
import io.flowkit.codegen.naming.ClassNameRegistry;
import io.flowkit.codegen.naming.ConstantNames;
import io.flowkit.codegen.naming.JavaNames;
import io.flowkit.codegen.naming.MemberNames;
import io.flowkit.codegen.naming.Words;
import io.flowkit.codegen.profile.EnumValues;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.ListShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ProfileReader;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shape;
import io.flowkit.codegen.profile.Shapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the model of one service from its parsed descriptor: reads the profiles, names every Flow
 * type as the Flow Services Server would (spec §1.2–1.5), checks the rules Flow puts on names and
 * shapes (spec §8), then decides every Java name.
 *
 * <p>Ordering, for deterministic output: message actions are sorted by name ignoring case (as the
 * Flow SDK describes them), data actions by object type, file resources by name, configuration
 * values, types and every property list by Flow name (spec E25), enums by Java name.
 */
final class ServiceModelBuilder {

  /** The most components a record can have: its canonical constructor has 255 slots, one for {@code this}. */
  static final int MAX_COMPONENTS = 254;

  private static final Comparator<String> IGNORING_CASE =
      Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

  private final GenerationRequest request;
  private final Reporter reporter;
  private final ProfileReader profiles;
  private final ClassNameRegistry classNames;
  private final ServiceTypes types;

  private final List<ActionDraft> actions = new ArrayList<>();
  private final List<DataDraft> dataActions = new ArrayList<>();
  private final List<FileDraft> files = new ArrayList<>();

  /**
   * @param classNames the names already taken in the service's package (shared by the services
   *     generated into it)
   */
  ServiceModelBuilder(GenerationRequest request, ProfileReader profiles, ClassNameRegistry classNames, Reporter reporter) {
    this.request = request;
    this.reporter = reporter;
    this.profiles = profiles;
    this.classNames = classNames;
    this.types = new ServiceTypes(reporter);
  }

  /** A message action while it is built. */
  private static final class ActionDraft {
    final MessageActionDescriptor descriptor;
    final String uriPart;
    ObjectShape request;
    Map<String, String> requestTypes = Map.of();
    ObjectShape response;
    Map<String, String> responseTypes = Map.of();
    String javaName;

    ActionDraft(MessageActionDescriptor descriptor, String uriPart) {
      this.descriptor = descriptor;
      this.uriPart = uriPart;
    }
  }

  /** A data action while it is built. */
  private static final class DataDraft {
    final DataActionDescriptor descriptor;
    final TypeDraft type;
    String javaName;

    DataDraft(DataActionDescriptor descriptor, TypeDraft type) {
      this.descriptor = descriptor;
      this.type = type;
    }
  }

  /** A file resource while it is built. */
  private static final class FileDraft {
    final FileResourceDescriptor descriptor;
    final String typeRef;
    String javaName;

    FileDraft(FileResourceDescriptor descriptor, String typeRef) {
      this.descriptor = descriptor;
      this.typeRef = typeRef;
    }
  }

  /** The model, or empty when the descriptor has errors (all reported). */
  Optional<ServiceModel> build(ServiceDescriptor descriptor) {
    String javaPackage = javaPackage(descriptor);
    checkDescriptor(descriptor);
    for (MessageActionDescriptor action : sortedBy(descriptor.messageActions(), MessageActionDescriptor::name)) {
      readMessageAction(action);
    }
    for (DataActionDescriptor data : sortedBy(descriptor.dataActions(), DataActionDescriptor::objectType)) {
      readDataAction(data);
    }
    TypeNamespace fileTypes = new TypeNamespace("$File RESPONSE - ", TypeRole.FILE,
        entry -> "Generated from file resource response profile entry " + entry,
        request.nameClashes(), types, reporter, request.maxDepth(), 1);
    for (FileResourceDescriptor file : sortedBy(descriptor.fileResources(), FileResourceDescriptor::name)) {
      readFileResource(file, fileTypes);
    }
    checkRecordSizes(descriptor);
    if (reporter.failed() || descriptor.name() == null || descriptor.path() == null || javaPackage == null) {
      return Optional.empty();
    }

    String serviceJavaName = classNames.claim(
        classBases(descriptor.name(), null), List.of("Service", "Configuration", "ConfigurationCodec"));
    // owners whose name already is a Java class name claim first, so "CreateOrder" keeps CreateOrder
    // next to "Create Order"; then the others in name order
    for (ActionDraft action : exactFirst(actions, a -> a.descriptor.name())) {
      action.javaName = classNames.claim(classBases(action.descriptor.name(), serviceJavaName),
          List.of("Action", "Request", "Response", "Codec"));
    }
    for (DataDraft data : exactFirst(dataActions, d -> d.descriptor.objectType())) {
      data.javaName = classNames.claim(classBases(data.descriptor.objectType(), serviceJavaName), List.of("Data", "Field"));
      data.type.javaName = classNames.claim(typeBases(data.type, serviceJavaName), List.of("", "Codec"));
    }
    for (FileDraft file : exactFirst(files, f -> f.descriptor.name())) {
      file.javaName = classNames.claim(classBases(file.descriptor.name(), serviceJavaName), List.of("Files"));
    }
    List<TypeDraft> ordered = new ArrayList<>(types.all());
    ordered.sort(Comparator.comparing((TypeDraft t) -> t.role != TypeRole.FILE).thenComparing(t -> t.flowName));
    for (TypeDraft type : ordered) {
      if (type.javaName == null) {
        type.javaName = classNames.claim(typeBases(type, serviceJavaName), List.of("", "Codec"));
      }
    }
    Map<String, EnumModel> enums = enums();

    List<FlowTypeModel> typeModels = types.all().stream()
        .sorted(Comparator.comparing(t -> t.flowName))
        .map(t -> new FlowTypeModel(t.flowName, t.javaName, t.summary, t.role,
            properties(t.shape, t.memberTypes, enums), t.binding, t.idProperty, t.source))
        .toList();
    List<MessageActionModel> actionModels = actions.stream()
        .map(a -> new MessageActionModel(
            a.descriptor.name(),
            a.descriptor.summary(),
            a.uriPart,
            a.javaName,
            a.request == null ? List.of() : properties(a.request, a.requestTypes, enums),
            a.response == null ? List.of() : properties(a.response, a.responseTypes, enums),
            a.descriptor.syncTimeoutSeconds(),
            a.descriptor.source()))
        .toList();
    List<DataActionModel> dataModels = dataActions.stream()
        .map(d -> new DataActionModel(d.descriptor.objectType(), d.type.flowName, d.javaName,
            d.descriptor.operations(), d.descriptor.source()))
        .toList();
    List<FileResourceModel> fileModels = files.stream()
        .map(f -> new FileResourceModel(f.descriptor.name(), f.descriptor.path(), f.typeRef, f.javaName,
            f.descriptor.source()))
        .toList();
    List<EnumModel> enumModels = enums.values().stream().distinct()
        .sorted(Comparator.comparing(EnumModel::javaName)).toList();
    return Optional.of(new ServiceModel(
        descriptor.name(),
        descriptor.path(),
        descriptor.summary(),
        javaPackage,
        serviceJavaName,
        configurationValues(descriptor),
        typeModels,
        enumModels,
        actionModels,
        dataModels,
        fileModels,
        descriptor.source()));
  }

  // ---- reading -------------------------------------------------------------------------------

  private void readMessageAction(MessageActionDescriptor descriptor) {
    String uriPart = descriptor.uriPart() != null
        ? descriptor.uriPart()
        : "actions/" + JavaNames.kebabCase(descriptor.name());
    if (descriptor.uriPart() == null && uriPart.equals("actions/")) {
      reporter.error(descriptor.source(), "cannot derive a uriPart from the name \"" + descriptor.name()
          + "\" (no ASCII letters or digits); set \"uriPart\"");
    }
    ActionDraft action = new ActionDraft(descriptor, uriPart);
    actions.add(action);
    if (descriptor.request() != null) {
      action.request = profiles.read(descriptor.request()).orElse(null);
      if (action.request != null) {
        action.requestTypes = namespace(descriptor.name(), "REQUEST", "request")
            .rootMembers(action.request, List.of());
      }
    }
    if (descriptor.response() != null) {
      action.response = profiles.read(descriptor.response()).orElse(null);
      if (action.response != null) {
        action.responseTypes = namespace(descriptor.name(), "RESPONSE", "response")
            .rootMembers(action.response, List.of());
      }
    }
  }

  private TypeNamespace namespace(String action, String direction, String word) {
    return new TypeNamespace(action + " " + direction + " - ", TypeRole.MESSAGE,
        entry -> "Generated from " + word + " profile entry " + entry,
        request.nameClashes(), types, reporter, request.maxDepth(), 2);
  }

  private void readDataAction(DataActionDescriptor descriptor) {
    Optional<ObjectShape> read = profiles.read(descriptor.profile());
    if (read.isEmpty()) {
      return;
    }
    ObjectShape root = read.get();
    String objectType = descriptor.objectType();
    for (Member member : root.members()) {
      if (member.shape() instanceof ObjectShape || member.shape() instanceof ListShape) {
        reporter.error(member.source(), "entry \"" + member.name() + "\" is " + Shapes.describe(member.shape())
            + ", but a data action's profile must be flat: Flow stores each object type as one type"
            + " (move it to a data action of its own or a message action)");
      }
    }
    String summary = root.description() != null ? root.description()
        : descriptor.summary() != null ? descriptor.summary()
        : "Generated from the profile of data action " + objectType;
    TypeDraft type = new TypeDraft(objectType, "", TypeRole.DATA, root, List.of(objectType), root.source(), summary);
    type.binding = new BindingModel(objectType + " Binding", objectType);
    FlowNames.checkLength(type.binding.flowName(), "binding name", descriptor.source(), reporter);
    type.idProperty = identifier(descriptor, root);
    types.add(type);
    dataActions.add(new DataDraft(descriptor, type));
  }

  /** The declared identifier, or the entry named id / externalId (any case); reported when absent. */
  private String identifier(DataActionDescriptor descriptor, ObjectShape root) {
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

  private void requireValue(Member member, String what) {
    if (!(member.shape() instanceof ScalarShape) && !(member.shape() instanceof InvalidShape)) {
      reporter.error(member.source(), what + " must be a simple value, not " + Shapes.describe(member.shape()));
    }
  }

  private void readFileResource(FileResourceDescriptor descriptor, TypeNamespace fileTypes) {
    Optional<ObjectShape> read = profiles.read(descriptor.response());
    if (read.isEmpty()) {
      return;
    }
    ObjectShape root = read.get();
    Optional<Member> externalId = root.member("externalId");
    if (externalId.isEmpty()) {
      String hint = root.members().stream().map(Member::name).filter(n -> n.equalsIgnoreCase("externalId"))
          .findFirst().map(n -> " (\"" + n + "\" differs in letter case)").orElse("");
      reporter.error(root.source(), "the upload response profile of file resource \"" + descriptor.name()
          + "\" has no \"externalId\" entry" + hint + "; Flow identifies uploaded files by it");
    } else {
      requireValue(externalId.get(), "externalId");
    }
    String typeRef = fileTypes.root(descriptor.name(), root, root.source(),
        "Generated from the upload response profile of file resource " + descriptor.name());
    TypeDraft type = types.find(typeRef);
    if (type != null) {
      type.idProperty = "externalId";
    }
    files.add(new FileDraft(descriptor, typeRef));
  }

  // ---- descriptor checks ---------------------------------------------------------------------

  private String javaPackage(ServiceDescriptor descriptor) {
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

  private void checkDescriptor(ServiceDescriptor descriptor) {
    if (descriptor.messageActions().isEmpty() && descriptor.dataActions().isEmpty()
        && descriptor.fileResources().isEmpty() && descriptor.name() != null) {
      reporter.warning(descriptor.source(), "service \"" + descriptor.name()
          + "\" has no message actions, data actions or file resources");
    }
    Map<String, SourceLocation> configNames = new HashMap<>();
    for (ConfigurationValueDescriptor value : descriptor.configurationValues()) {
      unique(configNames, value.name(), value.source(), "configuration value");
      FlowNames.checkDot(value.name(), "configuration value name", value.source(), reporter);
    }
    Map<String, SourceLocation> actionNames = new HashMap<>();
    Map<String, SourceLocation> uriParts = new HashMap<>();
    for (MessageActionDescriptor action : descriptor.messageActions()) {
      unique(actionNames, action.name(), action.source(), "message action");
      FlowNames.checkNotSystem(action.name(), "message action name", action.source(), reporter);
      FlowNames.checkDot(action.name(), "message action name", action.source(), reporter);
      String uriPart = action.uriPart() != null ? action.uriPart() : "actions/" + JavaNames.kebabCase(action.name());
      SourceLocation other = uriParts.putIfAbsent(uriPart, action.source());
      if (other != null && !uriPart.equals("actions/")) {
        reporter.error(action.source(), "message action \"" + action.name() + "\" has uriPart \"" + uriPart
            + "\" like the action at " + FlowNames.place(other) + "; Flow calls actions by uriPart (set \"uriPart\")");
      }
      if (action.syncTimeoutSeconds() >= 60) {
        reporter.warning(action.source(), "syncTimeoutSeconds " + action.syncTimeoutSeconds()
            + " is 60 or more: Flow gives up on calls after about 60 seconds, so the call may fail before WAIT is sent");
      }
    }
    Map<String, SourceLocation> objectTypes = new HashMap<>();
    for (DataActionDescriptor data : descriptor.dataActions()) {
      unique(objectTypes, data.objectType(), data.source(), "data action object type");
      FlowNames.checkNotSystem(data.objectType(), "object type", data.source(), reporter);
      FlowNames.checkDot(data.objectType(), "object type", data.source(), reporter);
    }
    Map<String, SourceLocation> fileNames = new HashMap<>();
    Map<String, SourceLocation> filePaths = new HashMap<>();
    for (FileResourceDescriptor file : descriptor.fileResources()) {
      unique(fileNames, file.name(), file.source(), "file resource");
      FlowNames.checkDot(file.name(), "file resource name", file.source(), reporter);
      SourceLocation other = filePaths.putIfAbsent(file.path(), file.source());
      if (other != null) {
        reporter.error(file.source(), "file resource path \"" + file.path() + "\" is also used at "
            + FlowNames.place(other));
      }
    }
  }

  /**
   * Each type, action request and response, and the configuration becomes a record, whose
   * canonical constructor takes at most {@value #MAX_COMPONENTS} components (255 slots, one of them
   * {@code this}).
   */
  private void checkRecordSizes(ServiceDescriptor descriptor) {
    for (TypeDraft type : types.all()) {
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
          + FlowNames.place(other));
    }
  }

  // ---- Java names ----------------------------------------------------------------------------

  /**
   * Class-name candidates for an owner named {@code name}: its words; its spelled words (when
   * they differ); the service's name in front (for services sharing a package).
   */
  private static List<String> classBases(String name, String serviceJavaName) {
    List<String> bases = new ArrayList<>();
    bases.add(JavaNames.typeName(name));
    bases.add(JavaNames.typeName(Words.spelled(name)));
    if (serviceJavaName != null) {
      bases.add(serviceJavaName + JavaNames.typeName(name));
    }
    return bases;
  }

  /**
   * Class-name candidates for a type: its Flow name's words; for message and file types then the
   * entry path from the root ({@code CreateOrderRequestCustomerAddress}) and its entry's spelled
   * words ({@code CreateOrderRequestFirstUnderscoreName}); the service's name in front; for data
   * types the spelled words; a {@code Type} suffix.
   */
  private static List<String> typeBases(TypeDraft type, String serviceJavaName) {
    List<String> bases = new ArrayList<>();
    String plain = JavaNames.typeName(type.flowName);
    bases.add(plain);
    if (type.role != TypeRole.DATA) {
      String prefix = JavaNames.typeName(type.namePrefix);
      for (int k = 2; k <= type.path.size(); k++) {
        StringBuilder name = new StringBuilder(prefix);
        for (String entry : type.path.subList(type.path.size() - k, type.path.size())) {
          name.append(JavaNames.typeName(entry));
        }
        bases.add(name.toString());
      }
      String entry = type.flowName.substring(type.namePrefix.length());
      bases.add(prefix + JavaNames.typeName(Words.spelled(entry)));
      bases.add(serviceJavaName + plain);
    } else {
      bases.add(serviceJavaName + plain);
      bases.add(JavaNames.typeName(Words.spelled(type.flowName)));
    }
    bases.add(plain + "Type");
    return bases;
  }

  private static <T> List<T> exactFirst(List<T> owners, Function<T, String> name) {
    List<T> ordered = new ArrayList<>(owners);
    ordered.sort(Comparator.comparing((T owner) -> !JavaNames.typeName(name.apply(owner)).equals(name.apply(owner)))
        .thenComparing(name, IGNORING_CASE));
    return ordered;
  }

  /** A Java enum while names are decided. */
  private static final class EnumDraft {
    final EnumValues values;
    final List<String> bases;
    EnumModel model;

    EnumDraft(EnumValues values, List<String> bases) {
      this.values = values;
      this.bases = bases;
    }
  }

  /**
   * One Java enum per enumerated schema (uses of one schema share it), named after its definition
   * ({@code #/definitions/Status} → {@code Status}) or, when inline, after its owner and entry
   * ({@code TicketStatus}).
   */
  private Map<String, EnumModel> enums() {
    Map<String, EnumDraft> drafts = new LinkedHashMap<>();
    List<TypeDraft> sortedTypes = new ArrayList<>(types.all());
    sortedTypes.sort(Comparator.comparing(t -> t.flowName));
    for (TypeDraft type : sortedTypes) {
      collectEnums(type.shape, type.javaName, drafts);
    }
    for (ActionDraft action : actions) {
      if (action.request != null) {
        collectEnums(action.request, action.javaName + "Request", drafts);
      }
      if (action.response != null) {
        collectEnums(action.response, action.javaName + "Response", drafts);
      }
    }
    List<EnumDraft> ordered = new ArrayList<>(drafts.values());
    ordered.sort(Comparator.comparing((EnumDraft d) -> d.bases.get(0))
        .thenComparing(d -> String.valueOf(d.values.source().file()))
        .thenComparing(d -> d.values.source().pointer()));
    Map<String, EnumModel> byIdentity = new HashMap<>();
    for (EnumDraft draft : ordered) {
      String javaName = classNames.claim(draft.bases, List.of(""));
      Map<String, String> constants = ConstantNames.allocate(draft.values.values());
      draft.model = new EnumModel(javaName, draft.values.description(),
          constants.entrySet().stream().map(e -> new EnumModel.Constant(e.getValue(), e.getKey())).toList());
      byIdentity.put(draft.values.identity(), draft.model);
    }
    return byIdentity;
  }

  private static void collectEnums(ObjectShape shape, String owner, Map<String, EnumDraft> drafts) {
    List<Member> members = new ArrayList<>(shape.members());
    members.sort(Comparator.comparing(Member::name));
    for (Member member : members) {
      if (member.shape() instanceof ScalarShape scalar && scalar.enumValues() != null) {
        EnumValues values = scalar.enumValues();
        drafts.computeIfAbsent(values.identity(), identity -> {
          String own = owner + JavaNames.typeName(member.name());
          List<String> bases = values.definitionName() != null
              ? List.of(JavaNames.typeName(values.definitionName()), own, own + "Enum")
              : List.of(own, own + "Enum");
          return new EnumDraft(values, bases);
        });
      }
    }
  }

  // ---- models --------------------------------------------------------------------------------

  private List<PropertyModel> properties(ObjectShape shape, Map<String, String> memberTypes, Map<String, EnumModel> enums) {
    List<Member> members = shape.members().stream()
        .filter(m -> !(m.shape() instanceof InvalidShape))
        .filter(m -> m.shape() instanceof ScalarShape || memberTypes.containsKey(m.name()))
        .sorted(Comparator.comparing(Member::name))
        .toList();
    Map<String, String> javaNames = MemberNames.allocate(members.stream().map(Member::name).toList());
    List<PropertyModel> properties = new ArrayList<>();
    for (Member member : members) {
      Shape memberShape = member.shape();
      ValueKind kind;
      String typeRef = null;
      EnumModel enumType = null;
      if (memberShape instanceof ScalarShape scalar) {
        kind = scalar.kind();
        if (scalar.enumValues() != null) {
          enumType = enums.get(scalar.enumValues().identity());
        }
      } else {
        kind = memberShape instanceof ListShape ? ValueKind.LIST : ValueKind.OBJECT;
        typeRef = memberTypes.get(member.name());
      }
      properties.add(new PropertyModel(member.name(), javaNames.get(member.name()), kind, typeRef, enumType,
          member.required(), member.description(), member.source()));
    }
    return properties;
  }

  private List<ConfigurationValueModel> configurationValues(ServiceDescriptor descriptor) {
    Set<String> seen = new HashSet<>();
    List<ConfigurationValueDescriptor> values = descriptor.configurationValues().stream()
        .filter(v -> seen.add(v.name()))
        .sorted(Comparator.comparing(ConfigurationValueDescriptor::name))
        .toList();
    Map<String, String> javaNames = MemberNames.allocate(values.stream().map(ConfigurationValueDescriptor::name).toList());
    return values.stream()
        .map(v -> new ConfigurationValueModel(v.name(), javaNames.get(v.name()), v.type().kind(), v.required(),
            v.summary(), v.source()))
        .collect(Collectors.toList());
  }

  private static <T> List<T> sortedBy(List<T> items, Function<T, String> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key, IGNORING_CASE));
    return copy;
  }

  /** Every profile a descriptor names. */
  static List<ProfileReference> profilesOf(ServiceDescriptor descriptor) {
    List<ProfileReference> references = new ArrayList<>();
    for (MessageActionDescriptor action : descriptor.messageActions()) {
      if (action.request() != null) {
        references.add(action.request());
      }
      if (action.response() != null) {
        references.add(action.response());
      }
    }
    descriptor.dataActions().forEach(d -> references.add(d.profile()));
    descriptor.fileResources().forEach(f -> references.add(f.response()));
    return references;
  }
}
