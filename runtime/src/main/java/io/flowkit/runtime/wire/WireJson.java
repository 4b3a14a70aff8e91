package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for the wire model, configured as the platform expects: unknown fields ignored,
 * enums read case-insensitively, {@code null}s written, no timestamps.
 */
public final class WireJson {

  private static final ObjectMapper DEFAULT = create(StreamReadConstraints.defaults());

  private WireJson() {}

  /** The shared mapper with Jackson's default read limits. */
  public static ObjectMapper mapper() {
    return DEFAULT;
  }

  /** A mapper with the given read limits (nesting depth, string length, document length). */
  public static ObjectMapper create(StreamReadConstraints constraints) {
    JsonMapper mapper =
        // Bytes read are checked to be UTF-8, which Jackson alone does not fully do (StrictUtf8).
        JsonMapper.builder(JsonFactory.builder().inputDecorator(StrictUtf8.decorator()).build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A body is exactly one JSON document with each key once, never a prefix that parses.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
            .build();
    mapper.getFactory().setStreamReadConstraints(constraints);
    return mapper;
  }
}
