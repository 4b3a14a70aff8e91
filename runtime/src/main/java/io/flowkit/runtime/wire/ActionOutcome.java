package io.flowkit.runtime.wire;

/** An outcome a view message action may select ({@code serviceActionOutcomes}); logic actions have none. */
public record ActionOutcome(String id, String developerName, String developerSummary) {}
