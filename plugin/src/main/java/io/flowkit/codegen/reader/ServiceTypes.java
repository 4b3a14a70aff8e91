package io.flowkit.codegen.reader;

import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.naming.FlowNameRules;
import io.flowkit.codegen.profile.ObjectShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every type of one service, unique by Flow name ignoring letter case (Flow installs types by
 * name), plus the one-time entry checks of every object that becomes a type or a root.
 */
final class ServiceTypes {

  private final Reporter reporter;
  private final Map<String, TypeDraft> byName = new HashMap<>();
  private final List<TypeDraft> all = new ArrayList<>();
  private final Set<ObjectShape> checked = Collections.newSetFromMap(new IdentityHashMap<>());

  ServiceTypes(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Adds a type, reporting a name another type already has (in any letter case). */
  void add(TypeDraft draft) {
    TypeDraft other = byName.putIfAbsent(draft.flowName.toLowerCase(Locale.ROOT), draft);
    if (other != null) {
      String how = other.flowName.equals(draft.flowName) ? "" : " (names differ only in letter case)";
      reporter.error(draft.source, "type \"" + draft.flowName + "\" is also produced at "
          + other.source.place() + how
          + "; Flow installs types by name, so each must be unique in the service");
      return;
    }
    all.add(draft);
    FlowNameRules.checkLength(draft.flowName, "type name", draft.source, reporter);
    if (draft.shape.members().isEmpty()) {
      reporter.error(draft.source, "type \"" + draft.flowName
          + "\" would have no properties; a Flow type needs at least one");
    }
    checkEntries(draft.shape);
  }

  /** Checks the entries of an object once. */
  void checkEntries(ObjectShape shape) {
    if (checked.add(shape)) {
      FlowNameRules.checkEntries(shape, reporter);
    }
  }

  /** The type named exactly {@code flowName}, or {@code null}. */
  TypeDraft find(String flowName) {
    TypeDraft draft = byName.get(flowName.toLowerCase(Locale.ROOT));
    return draft != null && draft.flowName.equals(flowName) ? draft : null;
  }

  List<TypeDraft> all() {
    return all;
  }
}
