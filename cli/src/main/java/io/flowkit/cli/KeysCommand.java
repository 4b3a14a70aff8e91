package io.flowkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flowkit keys}: store keys made as the platform makes them, and where each half goes. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = {
      "Generates the two EC P-384 key pairs Flow makes when a store is created "
          + "(POST /api/admin/1/stores returns platformKey and receiverKey), for local stores and "
          + "tests. A store created in Flow already has its keys: use those."
    })
final class KeysCommand implements Callable<Integer> {

  enum Format {
    TEXT,
    ENV,
    JSON
  }

  @Option(names = "--kid", description = "The key id of both pairs (default: a random UUID).")
  private String kid;

  @Option(
      names = "--format",
      description = "text (explained), env (PLATFORM_KEY='...' lines for the store) or json "
          + "(the store's halves as Flow returns them, plus the platform's halves). "
          + "Default: ${DEFAULT-VALUE}.",
      defaultValue = "TEXT")
  private Format format;

  private final CliContext context;

  KeysCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    StoreKeyPairs keys = StoreKeyPairs.generate(kid == null ? UUID.randomUUID().toString() : kid);
    PrintWriter out = context.out();
    switch (format) {
      case ENV -> printEnv(out, keys);
      case JSON -> printJson(out, keys);
      default -> printText(out, keys);
    }
    out.flush();
    return 0;
  }

  private static void printEnv(PrintWriter out, StoreKeyPairs keys) {
    out.println("PLATFORM_KEY='" + keys.platformKeyForStore() + "'");
    out.println("RECEIVER_KEY='" + keys.receiverKeyForStore() + "'");
  }

  private static void printJson(PrintWriter out, StoreKeyPairs keys) throws JsonProcessingException {
    ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    Map<String, Object> platform = new LinkedHashMap<>();
    platform.put("platformKeyPair", keys.platformPair().toJSONObject());
    platform.put("receiverPublicKey", keys.receiverPublicKey().toJSONObject());
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("kid", keys.platformKid());
    document.put("platformKey", keys.platformKeyForStore());
    document.put("receiverKey", keys.receiverKeyForStore());
    document.put("platform", platform);
    out.println(json.writeValueAsString(document));
  }

  private static void printText(PrintWriter out, StoreKeyPairs keys) {
    out.println("Store keys, kid " + keys.platformKid());
    out.println();
    out.println("In Flow, creating a store (POST /api/admin/1/stores) returns these two keys; this");
    out.println("command makes a set the same way for local stores and tests.");
    out.println();
    out.println("THE STORE KEEPS (give both to `flowkit store`, e.g. as environment variables):");
    out.println();
    out.println("  platformKey: the platform key's PUBLIC half. The store verifies what Flow signs");
    out.println("  with it and encrypts the states it sends back to Flow.");
    out.println("PLATFORM_KEY='" + keys.platformKeyForStore() + "'");
    out.println();
    out.println("  receiverKey: the receiver key's PRIVATE half (it has \"d\"). The store decrypts");
    out.println("  what Flow sends with it and signs what it sends back. Keep it secret.");
    out.println("RECEIVER_KEY='" + keys.receiverKeyForStore() + "'");
    out.println();
    out.println("THE PLATFORM KEEPS (only a test platform needs these, e.g. flowkit's platform");
    out.println("test kit; never give them to the store):");
    out.println();
    out.println("  the platform key pair (signs requests, decrypts loaded states):");
    out.println("  " + keys.platformPair().toJSONString());
    out.println("  the receiver key's public half (encrypts states, verifies loaded states):");
    out.println("  " + keys.receiverPublicKey().toJSONString());
  }
}
