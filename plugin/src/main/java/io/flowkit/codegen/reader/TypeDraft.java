package io.flowkit.codegen.reader;

import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.model.BindingModel;
import io.flowkit.codegen.model.TypeRole;
import io.flowkit.codegen.profile.ObjectShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A Flow type while the model is being built: its name is decided, its Java name not yet. */
final class TypeDraft {

  final String flowName;
  /** What precedes the entry in the name, e.g. {@code Create Order REQUEST - }; {@code ""} for data types. */
  final String namePrefix;
  final TypeRole role;
  final ObjectShape shape;
  /** The entry names leading to its first occurrence, the type's own entry last. */
  final List<String> path;
  final SourceLocation source;
  final String summary;
  /** Flow type name of every object or list member, by member name. */
  final Map<String, String> memberTypes = new HashMap<>();
  BindingModel binding;
  String idProperty;
  String javaName;

  TypeDraft(String flowName, String namePrefix, TypeRole role, ObjectShape shape, List<String> path, SourceLocation source, String summary) {
    this.flowName = flowName;
    this.namePrefix = namePrefix;
    this.role = role;
    this.shape = shape;
    this.path = List.copyOf(path);
    this.source = source;
    this.summary = summary;
  }
}
