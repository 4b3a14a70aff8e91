package io.flowkit.cli.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowkit.testkit.StoreKeyPairs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The stores a local platform has created, kept in a directory: for each store a folder named by
 * its id holding {@value #STORE_FILE} (what the platform lists), {@value #PLATFORM_KEY_PAIR_FILE}
 * (the platform key pair, private; what {@code flowkit check store --platform-key-private} reads)
 * and {@value #RECEIVER_PUBLIC_KEY_FILE} ({@code --receiver-key-public}). The receiver key's private
 * half is handed out once, when the store is created, and never kept, as in Flow.
 */
public final class StoreRegistry {

  static final String STORE_FILE = "store.json";
  public static final String PLATFORM_KEY_PAIR_FILE = "platform-key-pair.jwk";
  public static final String RECEIVER_PUBLIC_KEY_FILE = "receiver-public-key.jwk";

  private static final int MAX_NAME = 255;
  private static final int MAX_ENDPOINT = 2048;
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Path directory;
  private final Clock clock;
  private final Map<UUID, RegisteredStore> stores = new LinkedHashMap<>();

  private StoreRegistry(Path directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /** The registry in {@code directory} (created when missing), with the stores already in it. */
  public static StoreRegistry open(Path directory) throws IOException {
    return open(directory, Clock.systemUTC());
  }

  static StoreRegistry open(Path directory, Clock clock) throws IOException {
    Files.createDirectories(directory);
    StoreRegistry registry = new StoreRegistry(directory, clock);
    try (Stream<Path> folders = Files.list(directory)) {
      for (Path file : folders.map(folder -> folder.resolve(STORE_FILE)).filter(Files::isRegularFile).toList()) {
        RegisteredStore store = read(file);
        registry.stores.put(store.id(), store);
      }
    }
    return registry;
  }

  /** Where the registry keeps its stores. */
  public Path directory() {
    return directory;
  }

  /**
   * Creates a store: an id, and the two key pairs, as Flow does.
   *
   * @throws IllegalArgumentException when the name or endpoint is not acceptable
   */
  public synchronized CreatedStore create(String name, String endpoint) {
    String checkedName = checkName(name);
    String checkedEndpoint = checkEndpoint(endpoint);
    UUID id = UUID.randomUUID();
    StoreKeyPairs keys = StoreKeyPairs.generate(UUID.randomUUID().toString());
    Instant now = clock.instant();
    RegisteredStore store = new RegisteredStore(id, checkedName, checkedEndpoint, keys.platformKeyForStore(), now, now);
    Path folder = folder(id);
    try {
      Files.createDirectory(folder);
      writePrivate(folder.resolve(PLATFORM_KEY_PAIR_FILE), keys.platformPair().toJSONString());
      Files.writeString(folder.resolve(RECEIVER_PUBLIC_KEY_FILE), keys.receiverPublicKey().toJSONString());
      write(store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the store in " + folder + ": " + e.getMessage(), e);
    }
    stores.put(id, store);
    return new CreatedStore(store, keys.receiverKeyForStore());
  }

  /** Every store, oldest first. */
  public synchronized List<RegisteredStore> list() {
    List<RegisteredStore> all = new ArrayList<>(stores.values());
    all.sort(Comparator.comparing(RegisteredStore::createdAt));
    return all;
  }

  /** The store with {@code id}. */
  public synchronized Optional<RegisteredStore> get(UUID id) {
    return Optional.ofNullable(stores.get(id));
  }

  /**
   * Renames or moves a store; its keys stay.
   *
   * @throws IllegalArgumentException when the name or endpoint is not acceptable
   */
  public synchronized Optional<RegisteredStore> update(UUID id, String name, String endpoint) {
    RegisteredStore old = stores.get(id);
    if (old == null) {
      return Optional.empty();
    }
    RegisteredStore store = new RegisteredStore(
        id, checkName(name), checkEndpoint(endpoint), old.platformKey(), old.createdAt(), clock.instant());
    try {
      write(store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the store: " + e.getMessage(), e);
    }
    stores.put(id, store);
    return Optional.of(store);
  }

  /** Deletes a store and the platform's halves of its keys; whether it existed. */
  public synchronized boolean delete(UUID id) {
    if (stores.remove(id) == null) {
      return false;
    }
    Path folder = folder(id);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
      Files.delete(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder + ": " + e.getMessage(), e);
    }
    return true;
  }

  /** The file holding the platform key pair of store {@code id}. */
  public Path platformKeyPairFile(UUID id) {
    return folder(id).resolve(PLATFORM_KEY_PAIR_FILE);
  }

  /** The file holding the receiver key's public half of store {@code id}. */
  public Path receiverPublicKeyFile(UUID id) {
    return folder(id).resolve(RECEIVER_PUBLIC_KEY_FILE);
  }

  /** A store as JSON, the platform's {@code StoreListResponse}. */
  public static ObjectNode listJson(RegisteredStore store) {
    ObjectNode json = JSON.createObjectNode();
    json.put("id", store.id().toString());
    json.put("name", store.name());
    json.put("endpoint", store.endpoint());
    json.put("platformKey", store.platformKey());
    json.put("createdAt", store.createdAt().toString());
    json.put("updatedAt", store.updatedAt().toString());
    return json;
  }

  /** A created store as JSON, the platform's {@code StoreCreateResponse}. */
  public static ObjectNode createJson(CreatedStore created) {
    ObjectNode json = JSON.createObjectNode();
    json.put("id", created.store().id().toString());
    json.put("name", created.store().name());
    json.put("endpoint", created.store().endpoint());
    json.put("platformKey", created.store().platformKey());
    json.put("receiverKey", created.receiverKey());
    return json;
  }

  private Path folder(UUID id) {
    return directory.resolve(id.toString());
  }

  private void write(RegisteredStore store) throws IOException {
    Path file = folder(store.id()).resolve(STORE_FILE);
    Path temporary = folder(store.id()).resolve(STORE_FILE + ".new");
    Files.writeString(temporary, JSON.writeValueAsString(listJson(store)), StandardCharsets.UTF_8);
    Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static RegisteredStore read(Path file) throws IOException {
    JsonNode json = JSON.readTree(file.toFile());
    return new RegisteredStore(
        UUID.fromString(json.path("id").asText()), json.path("name").asText(), json.path("endpoint").asText(),
        json.path("platformKey").asText(), Instant.parse(json.path("createdAt").asText()),
        Instant.parse(json.path("updatedAt").asText()));
  }

  // The platform key pair is the platform's secret: readable by its owner only where the file
  // system says who owns what.
  private static void writePrivate(Path file, String text) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A store needs a name");
    }
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException("A store's name is at most " + MAX_NAME + " characters");
    }
    return name.strip();
  }

  private static String checkEndpoint(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      throw new IllegalArgumentException("A store needs an endpoint, e.g. https://store.example.com/api/storage/1");
    }
    if (endpoint.length() > MAX_ENDPOINT) {
      throw new IllegalArgumentException("The endpoint is longer than " + MAX_ENDPOINT + " characters");
    }
    URI uri;
    try {
      uri = new URI(endpoint.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("The endpoint is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException("The endpoint must be an absolute https URL");
    }
    // Flow only calls stores over HTTPS; plain HTTP is let through for a store on this machine.
    if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("The endpoint must support HTTPS (plain http only for localhost)");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("The endpoint must not have a query or fragment");
    }
    return uri.toString();
  }
}
