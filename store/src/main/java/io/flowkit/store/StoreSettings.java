package io.flowkit.store;

import io.flowkit.store.jose.StoreCrypto;
import io.flowkit.store.keys.EnvironmentKeys;
import io.flowkit.store.repository.DatabaseSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's settings by name, as environment variables or the lines of a properties file. The
 * reference store's names work unchanged; flowkit's own start with {@code FLOWKIT_STORE_} or {@code
 * DATABASE_}.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>name</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code PLATFORM_KEY}, {@code RECEIVER_KEY}</td><td>a key pair, JWK JSON</td><td></td></tr>
 *   <tr><td>{@code PLATFORM_KEY_<kid>}, {@code RECEIVER_KEY_<kid>}</td><td>more pairs</td><td></td></tr>
 *   <tr><td>{@code DATABASE_URL}</td><td>JDBC URL (H2 or PostgreSQL)</td><td>{@code jdbc:h2:file:./flowkit-store}</td></tr>
 *   <tr><td>{@code DATABASE_USERNAME}, {@code DATABASE_PASSWORD}</td><td>credentials</td><td></td></tr>
 *   <tr><td>{@code JDBC_DATABASE_URL}</td><td>JDBC URL with credentials; wins over {@code DATABASE_URL}</td><td></td></tr>
 *   <tr><td>{@code DATABASE_SCHEMA}</td><td>schema for the table, created when missing</td><td>the connection's</td></tr>
 *   <tr><td>{@code DATABASE_MAX_POOL_SIZE}</td><td>most connections</td><td>10</td></tr>
 *   <tr><td>{@code DATABASE_CONNECTION_TIMEOUT}</td><td>wait for a connection before a 503, e.g. {@code 5s}</td><td>5 s</td></tr>
 *   <tr><td>{@code PORT}</td><td>port of a standalone store</td><td>8080</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_HOST}</td><td>address to listen on</td><td>{@code 0.0.0.0}</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_BASE_PATH}</td><td>where the routes are</td><td>{@code /api/storage/1}</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_PUBLIC_BASE_PATH}</td><td>the base path as the platform addresses it</td><td>the base path</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_MAX_BODY_BYTES}</td><td>largest body, e.g. {@code 64MB}</td><td>64 MiB</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_MAX_IN_FLIGHT_BYTES}</td><td>body bytes held at once, past it 503</td><td>128 MiB, at least the body limit</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_MAX_CONNECTIONS}</td><td>connections open at once, past it new ones wait</td><td>10,000</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_MAX_STATE_BYTES}</td><td>largest decompressed token</td><td>64 MiB</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_CLOCK_SKEW}</td><td>tolerated clock difference, e.g. {@code 30s}</td><td>0</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_DEFLATE_LEVEL}</td><td>zlib level of loaded states, 0–9</td><td>1</td></tr>
 *   <tr><td>{@code FLOWKIT_CRYPTO_PROVIDER}</td><td>cryptography: {@code auto}, {@code native} or {@code jdk}</td><td>{@code auto}</td></tr>
 *   <tr><td>{@code FLOWKIT_STORE_PURGE_INTERVAL}</td><td>purge expired states, e.g. {@code 1h}, {@code PT30M}</td><td>never</td></tr>
 * </table>
 */
public final class StoreSettings {

  /** JDBC URL of the database. */
  public static final String DATABASE_URL = "DATABASE_URL";
  /** Database user. */
  public static final String DATABASE_USERNAME = "DATABASE_USERNAME";
  /** Database password. */
  public static final String DATABASE_PASSWORD = "DATABASE_PASSWORD";
  /** JDBC URL carrying its own credentials (Heroku); wins over {@link #DATABASE_URL}. */
  public static final String JDBC_DATABASE_URL = "JDBC_DATABASE_URL";
  /** Schema for the store's table. */
  public static final String DATABASE_SCHEMA = "DATABASE_SCHEMA";
  /** Most database connections. */
  public static final String DATABASE_MAX_POOL_SIZE = "DATABASE_MAX_POOL_SIZE";
  /** How long a request waits for a database connection before it is answered 503. */
  public static final String DATABASE_CONNECTION_TIMEOUT = "DATABASE_CONNECTION_TIMEOUT";
  /** Port of a standalone store. */
  public static final String PORT = "PORT";
  /** Address a standalone store listens on. */
  public static final String HOST = "FLOWKIT_STORE_HOST";
  /** Where the routes are mounted. */
  public static final String BASE_PATH = "FLOWKIT_STORE_BASE_PATH";
  /** The base path as the platform addresses it. */
  public static final String PUBLIC_BASE_PATH = "FLOWKIT_STORE_PUBLIC_BASE_PATH";
  /** Largest request body. */
  public static final String MAX_BODY_BYTES = "FLOWKIT_STORE_MAX_BODY_BYTES";
  /** Most request-body bytes held at once. */
  public static final String MAX_IN_FLIGHT_BYTES = "FLOWKIT_STORE_MAX_IN_FLIGHT_BYTES";
  /** Most connections a standalone store keeps open at once. */
  public static final String MAX_CONNECTIONS = "FLOWKIT_STORE_MAX_CONNECTIONS";
  /** Largest decompressed state token. */
  public static final String MAX_STATE_BYTES = "FLOWKIT_STORE_MAX_STATE_BYTES";
  /** How far the platform's clock may be from the store's. */
  public static final String CLOCK_SKEW = "FLOWKIT_STORE_CLOCK_SKEW";
  /** The zlib level loaded states are deflated at. */
  public static final String DEFLATE_LEVEL = "FLOWKIT_STORE_DEFLATE_LEVEL";
  /** How often to purge expired states. */
  public static final String PURGE_INTERVAL = "FLOWKIT_STORE_PURGE_INTERVAL";

  /** The cryptography provider: auto, native or jdk. */
  public static final String CRYPTO_PROVIDER = StoreCrypto.SETTING;

  private static final Pattern SIZE =
      Pattern.compile("(\\d+)\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHORT_DURATION =
      Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);

  private StoreSettings() {}

  /** Applies every setting present in {@code settings} to {@code builder}. */
  static void applyTo(FlowStore.Builder builder, Map<String, String> settings) {
    builder.addKeys(ring -> EnvironmentKeys.addTo(ring, settings));
    DatabaseSettings database = database(settings);
    if (database != null) {
      builder.database(database);
    }
    String port = value(settings, PORT);
    if (port != null) {
      builder.port(integer(PORT, port));
    }
    String host = value(settings, HOST);
    if (host != null) {
      builder.host(host);
    }
    String basePath = value(settings, BASE_PATH);
    if (basePath != null) {
      builder.basePath(basePath);
    }
    String publicBasePath = value(settings, PUBLIC_BASE_PATH);
    if (publicBasePath != null) {
      builder.publicBasePath(publicBasePath);
    }
    String maxBody = value(settings, MAX_BODY_BYTES);
    if (maxBody != null) {
      builder.maxBodyBytes(size(MAX_BODY_BYTES, maxBody));
    }
    String maxInFlight = value(settings, MAX_IN_FLIGHT_BYTES);
    if (maxInFlight != null) {
      builder.maxInFlightBytes(size(MAX_IN_FLIGHT_BYTES, maxInFlight));
    }
    String maxConnections = value(settings, MAX_CONNECTIONS);
    if (maxConnections != null) {
      builder.maxConnections(integer(MAX_CONNECTIONS, maxConnections));
    }
    String maxState = value(settings, MAX_STATE_BYTES);
    if (maxState != null) {
      builder.maxStateBytes(size(MAX_STATE_BYTES, maxState));
    }
    String skew = value(settings, CLOCK_SKEW);
    if (skew != null) {
      builder.clockSkew(duration(CLOCK_SKEW, skew));
    }
    String deflateLevel = value(settings, DEFLATE_LEVEL);
    if (deflateLevel != null) {
      builder.deflateLevel(integer(DEFLATE_LEVEL, deflateLevel));
    }
    String crypto = value(settings, CRYPTO_PROVIDER);
    if (crypto != null) {
      try {
        builder.cryptoProvider(StoreCrypto.Mode.parse(crypto));
      } catch (IllegalArgumentException e) {
        throw new StoreConfigurationException(e.getMessage());
      }
    }
    String purge = value(settings, PURGE_INTERVAL);
    if (purge != null) {
      builder.purgeExpiredEvery(duration(PURGE_INTERVAL, purge));
    }
  }

  /** The database the settings name, or {@code null} when they name none (the embedded default). */
  static DatabaseSettings database(Map<String, String> settings) {
    String jdbcUrl = value(settings, JDBC_DATABASE_URL);
    String url = jdbcUrl != null ? jdbcUrl : value(settings, DATABASE_URL);
    String schema = value(settings, DATABASE_SCHEMA);
    String pool = value(settings, DATABASE_MAX_POOL_SIZE);
    String timeout = value(settings, DATABASE_CONNECTION_TIMEOUT);
    if (url == null && schema == null && pool == null && timeout == null) {
      return null;
    }
    if (url != null && !url.startsWith("jdbc:")) {
      throw new StoreConfigurationException(
          (jdbcUrl != null ? JDBC_DATABASE_URL : DATABASE_URL)
              + " must be a JDBC URL, e.g. jdbc:postgresql://host:5432/db or jdbc:h2:file:./store");
    }
    try {
      return new DatabaseSettings(
          url == null ? DatabaseSettings.DEFAULT_URL : url,
          jdbcUrl != null ? null : value(settings, DATABASE_USERNAME),
          jdbcUrl != null ? null : value(settings, DATABASE_PASSWORD),
          schema,
          pool == null ? DatabaseSettings.DEFAULT_POOL_SIZE : integer(DATABASE_MAX_POOL_SIZE, pool),
          timeout == null
              ? DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT
              : duration(DATABASE_CONNECTION_TIMEOUT, timeout));
    } catch (IllegalArgumentException e) {
      throw new StoreConfigurationException(e.getMessage());
    }
  }

  /** A size in bytes: a number, optionally with KB, MB or GB (binary multiples). */
  public static int size(String name, String text) {
    Matcher matcher = SIZE.matcher(text.strip());
    if (!matcher.matches()) {
      throw new StoreConfigurationException(name + " must be a size like 67108864, 64MB or 512KB");
    }
    long shift =
        switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
          case "k", "kb", "kib" -> 10;
          case "m", "mb", "mib" -> 20;
          case "g", "gb", "gib" -> 30;
          default -> 0;
        };
    long bytes;
    try {
      bytes = Long.parseLong(matcher.group(1)) << shift;
    } catch (NumberFormatException e) {
      bytes = Long.MAX_VALUE;
    }
    if (bytes <= 0 || bytes > Integer.MAX_VALUE - 8) {
      throw new StoreConfigurationException(name + " must be between 1 byte and 2 GB");
    }
    return (int) bytes;
  }

  /** A duration: ISO-8601 ({@code PT1H}) or a number with ms, s, m, h or d ({@code 90m}). */
  public static Duration duration(String name, String text) {
    String trimmed = text.strip();
    Matcher matcher = SHORT_DURATION.matcher(trimmed);
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      return Duration.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new StoreConfigurationException(name + " must be a duration like 1h, 30m or PT1H");
    }
  }

  private static int integer(String name, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new StoreConfigurationException(name + " must be a whole number");
    }
  }

  private static String value(Map<String, String> settings, String name) {
    String value = settings.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
