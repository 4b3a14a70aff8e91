package io.flowkit.codegen.model;

/** The operations a data action may offer (descriptor {@code operations}). */
public enum DataOperation {
  GET, QUERY, SAVE, DELETE
}
