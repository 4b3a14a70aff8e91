package io.flowkit.codegen.model;

/**
 * The single binding of a data-action type: named {@code <objectType> Binding}, table name = the
 * object type, one property binding per property with field name = property name.
 */
public record BindingModel(String flowName, String tableName) {}
