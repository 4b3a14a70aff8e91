package io.flowkit.codegen.reader;

import io.flowkit.codegen.model.EnumModel;
import io.flowkit.codegen.model.TypeRole;
import io.flowkit.codegen.naming.ClassNameCandidates;
import io.flowkit.codegen.naming.ClassNameRegistry;
import io.flowkit.codegen.naming.ConstantNames;
import io.flowkit.codegen.naming.JavaNames;
import io.flowkit.codegen.profile.EnumValues;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.ScalarShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Gives the service, its actions, file resources, types and enums collision-free Java class names
 * in the service's package, by {@link ClassNameCandidates} and {@link ClassNameRegistry}.
 *
 * <p>Owners whose name already is a Java class name claim first, so {@code "CreateOrder"} keeps
 * {@code CreateOrder} next to {@code "Create Order"}; then the others in name order; file types
 * before the other types, types in Flow-name order; enums by their first candidate.
 */
final class JavaNamer {

  static final Comparator<String> IGNORING_CASE =
      Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

  private final ClassNameRegistry classNames;

  /** @param classNames the names already taken in the package (shared by the services generated into it) */
  JavaNamer(ClassNameRegistry classNames) {
    this.classNames = classNames;
  }

  /** The service's class base ({@code Orders} for {@code OrdersService}, {@code OrdersConfiguration}, …). */
  String nameService(String serviceName) {
    return classNames.claim(ClassNameCandidates.forOwner(serviceName, null),
        List.of("Service", "Configuration", "ConfigurationCodec"));
  }

  /** Sets the Java name of every action, data action, file resource and type. */
  void nameOwners(String serviceJavaName, List<ActionDraft> actions, List<DataDraft> dataActions,
      List<FileDraft> files, List<TypeDraft> types) {
    for (ActionDraft action : exactFirst(actions, a -> a.descriptor.name())) {
      action.javaName = classNames.claim(ClassNameCandidates.forOwner(action.descriptor.name(), serviceJavaName),
          List.of("Action", "Request", "Response", "Codec"));
    }
    for (DataDraft data : exactFirst(dataActions, d -> d.descriptor.objectType())) {
      data.javaName = classNames.claim(ClassNameCandidates.forOwner(data.descriptor.objectType(), serviceJavaName),
          List.of("Data", "Field"));
      data.type.javaName = classNames.claim(typeCandidates(data.type, serviceJavaName), List.of("", "Codec"));
    }
    for (FileDraft file : exactFirst(files, f -> f.descriptor.name())) {
      file.javaName = classNames.claim(ClassNameCandidates.forOwner(file.descriptor.name(), serviceJavaName),
          List.of("Files"));
    }
    List<TypeDraft> ordered = new ArrayList<>(types);
    ordered.sort(Comparator.comparing((TypeDraft t) -> t.role != TypeRole.FILE).thenComparing(t -> t.flowName));
    for (TypeDraft type : ordered) {
      if (type.javaName == null) {
        type.javaName = classNames.claim(typeCandidates(type, serviceJavaName), List.of("", "Codec"));
      }
    }
  }

  private static List<String> typeCandidates(TypeDraft type, String serviceJavaName) {
    return type.role == TypeRole.DATA
        ? ClassNameCandidates.forObjectType(type.flowName, serviceJavaName)
        : ClassNameCandidates.forEntryType(type.flowName, type.namePrefix, type.path, serviceJavaName);
  }

  private static <T> List<T> exactFirst(List<T> owners, Function<T, String> name) {
    List<T> ordered = new ArrayList<>(owners);
    ordered.sort(Comparator.comparing((T owner) -> !JavaNames.typeName(name.apply(owner)).equals(name.apply(owner)))
        .thenComparing(name, IGNORING_CASE));
    return ordered;
  }

  /** A Java enum while names are decided. */
  private record EnumDraft(EnumValues values, List<String> bases) {}

  /**
   * One Java enum per enumerated schema (uses of one schema share it), named after its definition
   * ({@code #/definitions/Status} → {@code Status}) or, when inline, after its owner and entry
   * ({@code TicketStatus}); the owners must be named already.
   *
   * @return the enums by {@link EnumValues#identity()}
   */
  Map<String, EnumModel> nameEnums(List<TypeDraft> types, List<ActionDraft> actions) {
    Map<String, EnumDraft> drafts = new LinkedHashMap<>();
    List<TypeDraft> sortedTypes = new ArrayList<>(types);
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
    ordered.sort(Comparator.comparing((EnumDraft d) -> d.bases().get(0))
        .thenComparing(d -> String.valueOf(d.values().source().file()))
        .thenComparing(d -> d.values().source().pointer()));
    Map<String, EnumModel> byIdentity = new HashMap<>();
    for (EnumDraft draft : ordered) {
      String javaName = classNames.claim(draft.bases(), List.of(""));
      Map<String, String> constants = ConstantNames.allocate(draft.values().values());
      EnumModel model = new EnumModel(javaName, draft.values().description(),
          constants.entrySet().stream().map(e -> new EnumModel.Constant(e.getValue(), e.getKey())).toList());
      byIdentity.put(draft.values().identity(), model);
    }
    return byIdentity;
  }

  private static void collectEnums(ObjectShape shape, String owner, Map<String, EnumDraft> drafts) {
    List<Member> members = new ArrayList<>(shape.members());
    members.sort(Comparator.comparing(Member::name));
    for (Member member : members) {
      if (member.shape() instanceof ScalarShape scalar && scalar.enumValues() != null) {
        EnumValues values = scalar.enumValues();
        drafts.computeIfAbsent(values.identity(), identity ->
            new EnumDraft(values, ClassNameCandidates.forEnum(values.definitionName(), owner, member.name())));
      }
    }
  }
}
