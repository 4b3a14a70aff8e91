package io.flowkit.runtime.wire;

/** The culture of the user on whose behalf the platform calls, e.g. language {@code EN}, country {@code USA}. */
public record Culture(
    String id,
    String developerName,
    String developerSummary,
    String brand,
    String language,
    String country,
    String variant,
    String code) {}
