package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementBinding;
import io.flowkit.runtime.wire.TypeElementProperty;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that every type a service's metadata names is one it describes (or a system type), and
 * that every data action answers for a table some described type is bound to.
 */
final class TypeReferences {

  private TypeReferences() {}

  static void check(FlowService<?> service) {
    Set<String> known = new HashSet<>();
    for (TypeElement type : service.types()) {
      known.add(type.developerName());
    }
    for (TypeElement type : service.types()) {
      for (TypeElementProperty property : type.properties()) {
        require(known, property.typeElementDeveloperName(), "property '" + property.developerName() + "' of type '" + type.developerName() + "'");
      }
    }
    for (DescribeValue value : service.configurationValues()) {
      require(known, value.typeElementDeveloperName(), "configuration value '" + value.developerName() + "'");
    }
    Set<String> tables = new HashSet<>();
    for (TypeElement type : service.types()) {
      for (TypeElementBinding binding : type.bindings()) {
        tables.add(binding.databaseTableName());
      }
    }
    for (DataActionBinding<?, ?, ?> data : service.dataActions()) {
      if (!tables.contains(data.tableName())) {
        throw new IllegalStateException(
            "The data action for table '" + data.tableName() + "' has no described type bound to that table, so Flow could never call it");
      }
    }
    for (MessageActionBinding<?, ?, ?> binding : service.messageActions()) {
      ActionDescription action = binding.description();
      for (DescribeValue value : action.serviceInputs()) {
        require(known, value.typeElementDeveloperName(), "input '" + value.developerName() + "' of action '" + action.developerName() + "'");
      }
      for (DescribeValue value : action.serviceOutputs()) {
        require(known, value.typeElementDeveloperName(), "output '" + value.developerName() + "' of action '" + action.developerName() + "'");
      }
    }
  }

  private static void require(Set<String> known, String typeName, String where) {
    if (typeName != null && !typeName.startsWith("$") && !known.contains(typeName)) {
      throw new IllegalStateException("The " + where + " refers to type '" + typeName + "', which the service does not describe");
    }
  }
}
