package io.flowkit.store.keys;

import com.nimbusds.jose.jwk.ECKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every key pair the store serves, platform keys (public) and receiver keys (private) each selected
 * by {@code kid}. One ring holds the keys of many stores created on the platform, so one running
 * store can serve many tenants.
 */
public final class StoreKeyRing {

  private final Map<String, ECKey> platformKeys;
  private final Map<String, ECKey> receiverKeys;

  private StoreKeyRing(Map<String, ECKey> platformKeys, Map<String, ECKey> receiverKeys) {
    this.platformKeys = Map.copyOf(platformKeys);
    this.receiverKeys = Map.copyOf(receiverKeys);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The platform key (public part) whose kid is {@code kid}. */
  public Optional<ECKey> platformKey(String kid) {
    return kid == null ? Optional.empty() : Optional.ofNullable(platformKeys.get(kid));
  }

  /** The receiver key (with its private part) whose kid is {@code kid}. */
  public Optional<ECKey> receiverKey(String kid) {
    return kid == null ? Optional.empty() : Optional.ofNullable(receiverKeys.get(kid));
  }

  /** The kids of the platform keys. */
  public Set<String> platformKeyIds() {
    return platformKeys.keySet();
  }

  /** The kids of the receiver keys. */
  public Set<String> receiverKeyIds() {
    return receiverKeys.keySet();
  }

  /** Collects keys, refusing unusable ones and two different keys under one kid. */
  public static final class Builder {

    private final Map<String, ECKey> platformKeys = new LinkedHashMap<>();
    private final Map<String, String> platformSources = new LinkedHashMap<>();
    private final Map<String, ECKey> receiverKeys = new LinkedHashMap<>();
    private final Map<String, String> receiverSources = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a platform key from its JWK JSON; {@code source} names it in error messages. */
    public Builder platformKey(String source, String json) {
      return platformKey(source, StoreKeys.platformKey(source, json));
    }

    /** Adds a platform key; only its public part is kept. */
    public Builder platformKey(String source, ECKey key) {
      ECKey publicKey = StoreKeys.platformKey(source, key.toJSONString());
      add(platformKeys, platformSources, source, publicKey, "platform");
      return this;
    }

    /** Adds a receiver key (with its private part) from its JWK JSON. */
    public Builder receiverKey(String source, String json) {
      add(receiverKeys, receiverSources, source, StoreKeys.receiverKey(source, json), "receiver");
      return this;
    }

    /** Adds a receiver key, which must carry its private part. */
    public Builder receiverKey(String source, ECKey key) {
      return receiverKey(source, key.toJSONString());
    }

    /** Adds both halves of a pair as the platform hands them to a store operator. */
    public Builder pair(String platformKeyJson, String receiverKeyJson) {
      platformKey("platform key", platformKeyJson);
      return receiverKey("receiver key", receiverKeyJson);
    }

    /** The ring; at least one platform key and one receiver key are required. */
    public StoreKeyRing build() {
      if (platformKeys.isEmpty()) {
        throw new KeyConfigurationException(
            "No platform key is configured: set PLATFORM_KEY (or PLATFORM_KEY_<kid>) to the "
                + "platformKey Flow returned when the store was created");
      }
      if (receiverKeys.isEmpty()) {
        throw new KeyConfigurationException(
            "No receiver key is configured: set RECEIVER_KEY (or RECEIVER_KEY_<kid>) to the "
                + "receiverKey Flow returned when the store was created");
      }
      return new StoreKeyRing(platformKeys, receiverKeys);
    }

    private static void add(
        Map<String, ECKey> keys, Map<String, String> sources, String source, ECKey key, String role) {
      String kid = key.getKeyID();
      ECKey earlier = keys.get(kid);
      if (earlier != null && !earlier.equals(key)) {
        throw new KeyConfigurationException(
            source + " and " + sources.get(kid) + " are two different " + role
                + " keys with the same kid " + kid);
      }
      keys.put(kid, key);
      sources.putIfAbsent(kid, source);
    }
  }
}
