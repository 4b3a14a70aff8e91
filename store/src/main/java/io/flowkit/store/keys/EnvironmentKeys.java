package io.flowkit.store.keys;

import com.nimbusds.jose.jwk.ECKey;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads keys from the reference store's environment variables.
 *
 * <ul>
 *   <li>{@code PLATFORM_KEY} / {@code RECEIVER_KEY}: one key each, any kid;
 *   <li>{@code PLATFORM_KEY_<kid>} / {@code RECEIVER_KEY_<kid>}: more keys, the variable's suffix
 *       being the key's kid ({@code _} may stand for {@code -}, since shells cannot export names
 *       with hyphens).
 * </ul>
 *
 * <p>Unlike the reference, {@code PLATFORM_KEY} does not hide the {@code PLATFORM_KEY_<kid>}
 * variables: all of them are served together.
 */
public final class EnvironmentKeys {

  /** The single platform key variable. */
  public static final String PLATFORM_KEY = "PLATFORM_KEY";

  /** The single receiver key variable. */
  public static final String RECEIVER_KEY = "RECEIVER_KEY";

  /** The only key resolver the reference knows, accepted for compatibility. */
  static final String KEY_RESOLVER = "KEY_RESOLVER";

  private EnvironmentKeys() {}

  /** Adds every key variable found in {@code environment} to {@code ring}. */
  public static StoreKeyRing.Builder addTo(StoreKeyRing.Builder ring, Map<String, String> environment) {
    String resolver = environment.get(KEY_RESOLVER);
    if (resolver != null && !resolver.isBlank() && !resolver.equals("environment_variable")) {
      throw new KeyConfigurationException(
          KEY_RESOLVER + " is \"" + resolver + "\"; only environment_variable is supported");
    }
    // Sorted, so that error messages come out the same way every time.
    for (Map.Entry<String, String> entry : new TreeMap<>(environment).entrySet()) {
      String name = entry.getKey();
      if (name.equals(PLATFORM_KEY)) {
        ring.platformKey(name, entry.getValue());
      } else if (name.equals(RECEIVER_KEY)) {
        ring.receiverKey(name, entry.getValue());
      } else if (name.startsWith(PLATFORM_KEY + "_")) {
        ECKey key = StoreKeys.platformKey(name, entry.getValue());
        requireKidMatchesName(name, PLATFORM_KEY.length() + 1, key);
        ring.platformKey(name, key);
      } else if (name.startsWith(RECEIVER_KEY + "_")) {
        ECKey key = StoreKeys.receiverKey(name, entry.getValue());
        requireKidMatchesName(name, RECEIVER_KEY.length() + 1, key);
        ring.receiverKey(name, key);
      }
    }
    return ring;
  }

  private static void requireKidMatchesName(String name, int suffixStart, ECKey key) {
    String suffix = name.substring(suffixStart);
    String kid = key.getKeyID();
    if (!normalise(suffix).equals(normalise(kid))) {
      throw new KeyConfigurationException(
          name + " holds the key with kid " + kid + "; a " + name.substring(0, suffixStart)
              + "<kid> variable must be named after its key's kid");
    }
  }

  private static String normalise(String kid) {
    return kid.replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
