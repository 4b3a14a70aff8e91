package io.flowkit.benchmarks;

import java.util.Base64;
import java.util.Random;

/** State documents for the store's benchmarks: JSON that compresses like real data, not zeros. */
final class StoreStates {

  private StoreStates() {}

  /** A JSON document of about {@code bytes} bytes, different for each {@code seed}. */
  static String content(int bytes, long seed) {
    Random random = new Random(seed);
    StringBuilder json = new StringBuilder(bytes + 1024).append("{\"items\":[");
    byte[] chunk = new byte[120];
    int i = 0;
    while (json.length() < bytes - 200) {
      random.nextBytes(chunk);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"index\":").append(i++).append(",\"label\":\"item ").append(i)
          .append("\",\"data\":\"").append(Base64.getEncoder().encodeToString(chunk))
          .append("\",\"flags\":[true,false,null]}");
    }
    return json.append("]}").toString();
  }
}
