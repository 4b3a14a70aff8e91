package io.flowkit.codegen.model;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.Set;

/**
 * A data action over one flat type.
 *
 * @param typeRef Flow name of its {@link FlowTypeModel} (= the object type)
 * @param javaName base of the generated names, e.g. {@code Ticket} → {@code TicketData}, {@code TicketField}
 */
public record DataActionModel(
    String objectType, String typeRef, String javaName, Set<DataOperation> operations, SourceLocation source) {

  public DataActionModel {
    operations = Set.copyOf(operations);
  }

  public String interfaceJavaName() {
    return javaName + "Data";
  }

  public String fieldEnumJavaName() {
    return javaName + "Field";
  }
}
