package io.flowkit.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The test kit's JSON for the platform's side of a store: a state's claims and the store's answers
 * carry its content as one string of up to tens of megabytes, past Jackson's default string cap.
 */
final class LargeJson {

  /** Thread-safe; no cap on a string's length (the store caps what it accepts). */
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .build();

  private LargeJson() {}
}
