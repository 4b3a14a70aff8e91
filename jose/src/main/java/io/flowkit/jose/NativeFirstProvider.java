package io.flowkit.jose;

import java.security.Provider;
import java.security.Security;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JCA provider that only routes: each algorithm is served by the native provider when it has it,
 * otherwise by the JDK's providers in their configured order. It implements nothing itself.
 *
 * <p>Nimbus takes one provider for a JWE's whole key management step (the ECDH key agreement, the
 * ephemeral EC key pair and the AES key wrap), and the native provider has ECDH and EC but no {@code
 * AESWrap}; this provider lets ECDH and EC come from the native one and the key wrap from SunJCE.
 */
public final class NativeFirstProvider extends Provider {

  private static final long serialVersionUID = 1L;

  private final transient Provider nativeProvider;
  // Which provider serves what, looked up once per type and algorithm.
  private final transient Map<String, Optional<Service>> routes =
      new ConcurrentHashMap<>();

  public NativeFirstProvider(Provider nativeProvider) {
    super(
        "FlowkitNativeFirst",
        "1.0",
        "Routes each algorithm to " + nativeProvider.getName() + " when it has it, else to the JDK");
    this.nativeProvider = nativeProvider;
  }

  @Override
  public Service getService(String type, String algorithm) {
    String key = type + "." + algorithm;
    return routes.computeIfAbsent(key, k -> Optional.ofNullable(route(type, algorithm))).orElse(null);
  }

  private Service route(String type, String algorithm) {
    Service service = nativeProvider.getService(type, algorithm);
    if (service != null) {
      return service;
    }
    for (Provider provider : Security.getProviders()) {
      if (provider != nativeProvider) {
        service = provider.getService(type, algorithm);
        if (service != null) {
          return service;
        }
      }
    }
    return null;
  }

  @Override
  public Set<Service> getServices() {
    Set<Service> services = new LinkedHashSet<>(nativeProvider.getServices());
    for (Provider provider : Security.getProviders()) {
      if (provider != nativeProvider) {
        services.addAll(provider.getServices());
      }
    }
    return services;
  }
}
