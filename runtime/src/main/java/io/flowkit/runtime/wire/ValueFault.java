package io.flowkit.runtime.wire;

/** An error tied to one input value, reported in {@link ServiceResponse#valueFaults()}. */
public record ValueFault(
    String valueElementToReferenceId,
    String valueElementTypeElementPropertyToReferenceId,
    String faultCode,
    String faultMessage) {}
