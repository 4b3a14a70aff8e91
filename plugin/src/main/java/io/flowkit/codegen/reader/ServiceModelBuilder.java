package io.flowkit.codegen.reader;

import io.flowkit.codegen.descriptor.ConfigurationValueDescriptor;
import io.flowkit.codegen.descriptor.DataActionDescriptor;
import io.flowkit.codegen.descriptor.FileResourceDescriptor;
import io.flowkit.codegen.descriptor.MessageActionDescriptor;
import io.flowkit.codegen.descriptor.ProfileReference;
import io.flowkit.codegen.descriptor.ServiceDescriptor;
import io.flowkit.codegen.diagnostics.Reporter;
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
import io.flowkit.codegen.naming.FlowNameRules;
import io.flowkit.codegen.naming.FlowNames;
import io.flowkit.codegen.naming.MemberNames;
import io.flowkit.codegen.profile.InvalidShape;
import io.flowkit.codegen.profile.ListShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ProfileReader;
import io.flowkit.codegen.profile.ScalarShape;
import io.flowkit.codegen.profile.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the model of one service from its parsed descriptor: reads the profiles, names every Flow
 * type as the Flow Services Server would (spec §1.2–1.5), has {@link DescriptorRules} check the
 * rules Flow puts on names and shapes (spec §8), then has {@link JavaNamer} decide every Java name.
 *
 * <p>Ordering, for deterministic output: message actions are sorted by name ignoring case (as the
 * Flow SDK describes them), data actions by object type, file resources by name, configuration
 * values, types and every property list by Flow name (spec E25), enums by Java name.
 */
final class ServiceModelBuilder {

  private final GenerationRequest request;
  private final Reporter reporter;
  private final ProfileReader profiles;
  private final DescriptorRules rules;
  private final JavaNamer namer;
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
    this.rules = new DescriptorRules(request, reporter);
    this.namer = new JavaNamer(classNames);
    this.types = new ServiceTypes(reporter);
  }

  /** The model, or empty when the descriptor has errors (all reported). */
  Optional<ServiceModel> build(ServiceDescriptor descriptor) {
    String javaPackage = rules.javaPackage(descriptor);
    rules.checkDescriptor(descriptor);
    for (MessageActionDescriptor action : sortedBy(descriptor.messageActions(), MessageActionDescriptor::name)) {
      readMessageAction(action);
    }
    for (DataActionDescriptor data : sortedBy(descriptor.dataActions(), DataActionDescriptor::objectType)) {
      readDataAction(data);
    }
    TypeNamespace fileTypes = new TypeNamespace(FlowNames.FILE_TYPE_PREFIX, TypeRole.FILE,
        entry -> "Generated from file resource response profile entry " + entry,
        request.nameClashes(), types, reporter, request.maxDepth(), 1);
    for (FileResourceDescriptor file : sortedBy(descriptor.fileResources(), FileResourceDescriptor::name)) {
      readFileResource(file, fileTypes);
    }
    rules.checkRecordSizes(descriptor, types.all(), actions);
    if (reporter.failed() || descriptor.name() == null || descriptor.path() == null || javaPackage == null) {
      return Optional.empty();
    }

    String serviceJavaName = namer.nameService(descriptor.name());
    namer.nameOwners(serviceJavaName, actions, dataActions, files, types.all());
    Map<String, EnumModel> enums = namer.nameEnums(types.all(), actions);

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
    ActionDraft action = new ActionDraft(descriptor, rules.uriPart(descriptor));
    actions.add(action);
    if (descriptor.request() != null) {
      action.request = profiles.read(descriptor.request()).orElse(null);
      if (action.request != null) {
        action.requestTypes = namespace(FlowNames.requestTypePrefix(descriptor.name()), "request")
            .rootMembers(action.request, List.of());
      }
    }
    if (descriptor.response() != null) {
      action.response = profiles.read(descriptor.response()).orElse(null);
      if (action.response != null) {
        action.responseTypes = namespace(FlowNames.responseTypePrefix(descriptor.name()), "response")
            .rootMembers(action.response, List.of());
      }
    }
  }

  private TypeNamespace namespace(String prefix, String word) {
    return new TypeNamespace(prefix, TypeRole.MESSAGE,
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
    rules.checkFlat(root);
    String summary = root.description() != null ? root.description()
        : descriptor.summary() != null ? descriptor.summary()
        : "Generated from the profile of data action " + objectType;
    TypeDraft type = new TypeDraft(objectType, "", TypeRole.DATA, root, List.of(objectType), root.source(), summary);
    type.binding = new BindingModel(FlowNames.bindingName(objectType), objectType);
    FlowNameRules.checkLength(type.binding.flowName(), "binding name", descriptor.source(), reporter);
    type.idProperty = rules.identifier(descriptor, root);
    types.add(type);
    dataActions.add(new DataDraft(descriptor, type));
  }

  private void readFileResource(FileResourceDescriptor descriptor, TypeNamespace fileTypes) {
    Optional<ObjectShape> read = profiles.read(descriptor.response());
    if (read.isEmpty()) {
      return;
    }
    ObjectShape root = read.get();
    rules.checkExternalId(descriptor, root);
    String typeRef = fileTypes.root(descriptor.name(), root, root.source(),
        "Generated from the upload response profile of file resource " + descriptor.name());
    TypeDraft type = types.find(typeRef);
    if (type != null) {
      type.idProperty = "externalId";
    }
    files.add(new FileDraft(descriptor, typeRef));
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
      String description = member.description();
      if (memberShape instanceof ScalarShape scalar) {
        kind = scalar.kind();
        if (scalar.isJsonText()) {
          description = jsonTextDescription(description, scalar.jsonText());
        }
        if (scalar.enumValues() != null) {
          enumType = enums.get(scalar.enumValues().identity());
        }
      } else {
        kind = memberShape instanceof ListShape ? ValueKind.LIST : ValueKind.OBJECT;
        typeRef = memberTypes.get(member.name());
      }
      properties.add(new PropertyModel(member.name(), javaNames.get(member.name()), kind, typeRef, enumType,
          member.required(), description, member.source()));
    }
    return properties;
  }

  /** What a JSON-text property carries, after the schema's own description. */
  private static String jsonTextDescription(String description, String what) {
    String own = description == null || description.isBlank() ? ""
        : description.strip() + (description.strip().matches(".*[.!?]$") ? " " : ". ");
    return own + "The JSON text of " + what + ", which no Flow type can hold (a ContentString in Flow)";
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
    copy.sort(Comparator.comparing(key, JavaNamer.IGNORING_CASE));
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
