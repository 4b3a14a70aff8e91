package io.flowkit.cli.check.service;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ServiceChecker} checks and how.
 *
 * @param service the service's base URL, as it would be given to Flow
 * @param basicUsername HTTP Basic user name, or {@code null} for none
 * @param basicPassword HTTP Basic password or token
 * @param configuration configuration values by name, sent with every call
 * @param invoke whether to invoke message actions (they may have side effects)
 * @param pageSize how many objects a data probe asks for
 * @param timeout how long one call may take
 */
public record ServiceCheckOptions(
    URI service,
    String basicUsername,
    String basicPassword,
    Map<String, String> configuration,
    boolean invoke,
    int pageSize,
    Duration timeout) {

  /** Checks the parts; keeps the configuration's order. */
  public ServiceCheckOptions {
    Objects.requireNonNull(service, "service");
    configuration = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configuration));
    if (pageSize < 1) {
      throw new IllegalArgumentException("the page size must be at least 1");
    }
    Objects.requireNonNull(timeout, "timeout");
  }

  /** Checks {@code service} without credentials or configuration, not invoking actions. */
  public static ServiceCheckOptions of(URI service) {
    return new ServiceCheckOptions(service, null, null, Map.of(), false, 10, Duration.ofSeconds(30));
  }

  /** The same options, invoking actions or not. */
  public ServiceCheckOptions withInvoke(boolean value) {
    return new ServiceCheckOptions(service, basicUsername, basicPassword, configuration, value, pageSize, timeout);
  }

  /** The same options with these configuration values. */
  public ServiceCheckOptions withConfiguration(Map<String, String> values) {
    return new ServiceCheckOptions(service, basicUsername, basicPassword, values, invoke, pageSize, timeout);
  }

  /** The same options with HTTP Basic credentials. */
  public ServiceCheckOptions withBasic(String username, String password) {
    return new ServiceCheckOptions(service, username, password, configuration, invoke, pageSize, timeout);
  }

  /** Never prints the password or configuration values (they may be secrets). */
  @Override
  public String toString() {
    return "ServiceCheckOptions[service=" + service + ", basic=" + (basicUsername != null)
        + ", configuration=" + configuration.keySet() + ", invoke=" + invoke + "]";
  }
}
