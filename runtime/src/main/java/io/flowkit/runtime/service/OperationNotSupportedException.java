package io.flowkit.runtime.service;

/** Thrown for an operation a service does not offer (a data action without save, say); answered with 400. */
public final class OperationNotSupportedException extends RuntimeException {

  public OperationNotSupportedException(String message) {
    super(message);
  }
}
