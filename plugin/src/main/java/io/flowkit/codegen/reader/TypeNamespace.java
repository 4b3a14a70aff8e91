package io.flowkit.codegen.reader;

import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.model.TypeRole;
import io.flowkit.codegen.naming.FlowNameRules;
import io.flowkit.codegen.naming.FlowNames;
import io.flowkit.codegen.profile.ListShape;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.ObjectShape;
import io.flowkit.codegen.profile.Shape;
import io.flowkit.codegen.profile.ShapeEquivalence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The types named {@code <prefix><entry>} (one per action and direction, and one for all file
 * resources): the Flow Services Server names a type after its entry only, whatever its depth, so
 * the namespace is flat. An entry whose shape matches an earlier one of the same name shares its
 * type; a different shape is an error naming both places, or, with {@link NameClashes#PATH}, gets
 * a name qualified by the entry names leading to it ({@code … REQUEST - customer address}).
 *
 * <p>Types are discovered breadth first, entries in name order, so the shallowest occurrence of a
 * name keeps the plain name and the outcome does not depend on the profile's key order. The
 * nesting cap applies to that shallowest occurrence: a recursive schema nests without end, yet
 * each of its types occurs at some finite depth. Beyond {@value #BOOMI_IMPORT_DEPTH} levels (Boomi's
 * own profile import stops there, spec §1.8, E16) the first type found gets a warning.
 */
final class TypeNamespace {

  /** How many levels Boomi's JSON profile import reads, counted as {@code maxDepth} counts them. */
  static final int BOOMI_IMPORT_DEPTH = 10;

  private final String prefix;
  private final TypeRole role;
  private final Function<String, String> summaries;
  private final NameClashes clashes;
  private final ServiceTypes types;
  private final Reporter reporter;
  private final int maxDepth;
  private final int rootLevel;
  private final Map<String, List<TypeDraft>> byEntry = new HashMap<>();
  private final Deque<TypeDraft> pending = new ArrayDeque<>();
  private final ShapeEquivalence equivalence = new ShapeEquivalence();
  /** Whether this namespace already warned about nesting deeper than Boomi imports. */
  private boolean warnedDepth;

  /**
   * @param summaries the summary of a type without a description, from its entry name
   * @param maxDepth how deeply objects may nest, counting the profile's root object as 1
   * @param rootLevel the nesting level of the types of root entries: 2 for the entries under a
   *     message profile's root, 1 when the root itself is the type (a file resource)
   */
  TypeNamespace(String prefix, TypeRole role, Function<String, String> summaries, NameClashes clashes,
      ServiceTypes types, Reporter reporter, int maxDepth, int rootLevel) {
    this.prefix = prefix;
    this.role = role;
    this.summaries = summaries;
    this.clashes = clashes;
    this.types = types;
    this.reporter = reporter;
    this.maxDepth = maxDepth;
    this.rootLevel = rootLevel;
  }

  /**
   * The types of the object and list members of a root object, by member name; nested types are
   * discovered too.
   *
   * @param path the entry names leading to {@code root} ({@code []} for a message profile's root)
   */
  Map<String, String> rootMembers(ObjectShape root, List<String> path) {
    types.checkEntries(root);
    Map<String, String> refs = new HashMap<>();
    for (Member member : sorted(root.members())) {
      ObjectShape target = target(member.shape());
      if (target != null) {
        refs.put(member.name(), typeFor(member.name(), target, path, member.source(), member.description(), true));
      }
    }
    drain();
    return refs;
  }

  /** The type of one entry (e.g. a file resource's root), with its nested types. */
  String root(String entry, ObjectShape shape, SourceLocation where, String description) {
    // the entry is the descriptor's name for the resource, not a profile layer, so no E6 check
    String name = typeFor(entry, shape, List.of(), where, description, false);
    drain();
    return name;
  }

  /** The object a member holds (itself or as list items), or {@code null} for values. */
  static ObjectShape target(Shape shape) {
    ObjectShape object = shape instanceof ObjectShape o ? o : shape instanceof ListShape l ? l.item() : null;
    return object != null && object.isComplete() ? object : null;
  }

  private String typeFor(String entry, ObjectShape shape, List<String> parentPath, SourceLocation where,
      String entryDescription, boolean profileEntry) {
    List<TypeDraft> sameEntry = byEntry.computeIfAbsent(entry, e -> new ArrayList<>());
    for (TypeDraft draft : sameEntry) {
      if (equivalence.test(draft.shape, shape)) {
        return draft.flowName;
      }
    }
    List<String> path = new ArrayList<>(parentPath);
    path.add(entry);
    String name = prefix + entry;
    if (!sameEntry.isEmpty()) {
      TypeDraft first = sameEntry.get(0);
      if (clashes == NameClashes.ERROR || parentPath.isEmpty()) {
        reporter.error(where, "entry \"" + entry + "\" has a different shape here than at " + first.source.place()
            + "; both would be type \"" + name + "\" (Flow names types by entry only)."
            + " Rename one, give them the same properties, or set nameClashes to path");
        return first.flowName;
      }
      name = FlowNames.pathQualified(prefix, path);
    }
    String description = shape.description() != null ? shape.description() : entryDescription;
    TypeDraft draft = new TypeDraft(name, prefix, role, shape, path, where,
        description != null ? description : summaries.apply(entry));
    sameEntry.add(draft);
    types.add(draft);
    if (profileEntry) {
      FlowNameRules.checkLayerName(entry, name, where, reporter);
    }
    int level = rootLevel + parentPath.size();
    if (level > maxDepth) {
      // types are found breadth first, so this is the shallowest place the object occurs
      reporter.error(where, "objects nest more than " + maxDepth
          + " levels deep here (the maxDepth limit); flatten the profile or raise maxDepth");
    } else {
      if (level > BOOMI_IMPORT_DEPTH && !warnedDepth) {
        // once per profile: the shallowest place is where flattening has to start
        warnedDepth = true;
        reporter.warning(where, "objects nest " + level + " levels deep here; Boomi's JSON profile import stops at "
            + BOOMI_IMPORT_DEPTH + " levels, so a Boomi profile cannot mirror this one (flatten it to keep them in step)");
      }
      pending.add(draft);
    }
    return name;
  }

  private void drain() {
    while (!pending.isEmpty()) {
      TypeDraft draft = pending.poll();
      for (Member member : sorted(draft.shape.members())) {
        ObjectShape target = target(member.shape());
        if (target != null) {
          draft.memberTypes.put(member.name(),
              typeFor(member.name(), target, draft.path, member.source(), member.description(), true));
        }
      }
    }
  }

  private static List<Member> sorted(List<Member> members) {
    List<Member> copy = new ArrayList<>(members);
    copy.sort(Comparator.comparing(Member::name));
    return copy;
  }
}
