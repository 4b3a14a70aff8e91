package io.flowkit.codegen.descriptor;

import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.model.DataOperation;
import java.util.Set;

/**
 * One {@code dataActions} entry.
 *
 * @param id the declared identifier entry, or {@code null} to look for {@code id}/{@code externalId}
 * @param idSource where {@code id} is written (the entry itself when absent)
 * @param operations as written; all four when absent
 */
public record DataActionDescriptor(
    String objectType,
    String summary,
    ProfileReference profile,
    String id,
    SourceLocation idSource,
    Set<DataOperation> operations,
    SourceLocation source) {

  public DataActionDescriptor {
    operations = Set.copyOf(operations);
  }
}
