package io.flowkit.jose;

import java.lang.reflect.InvocationTargetException;
import java.security.Provider;
import java.security.Security;
import java.util.Optional;

/**
 * Finds the Amazon Corretto Crypto Provider (AWS-LC) without a compile-time dependency on it: it is
 * an optional, platform-specific jar, and the store works without it.
 */
public final class NativeProviders {

  /** The provider's registered name. */
  public static final String ACCP_NAME = "AmazonCorrettoCryptoProvider";

  /** The provider's class, whose {@code INSTANCE} is the JVM's one instance. */
  public static final String ACCP_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

  private NativeProviders() {}

  /**
   * The native provider when it is installed in {@link Security} or on the class path and its
   * native library loaded; empty otherwise, with why in {@code why[0]} when there is a reason.
   */
  public static Optional<Provider> find(String[] why) {
    Provider installed = Security.getProvider(ACCP_NAME);
    if (installed != null) {
      return healthy(installed, why);
    }
    for (ClassLoader loader : loaders()) {
      Class<?> type;
      try {
        type = Class.forName(ACCP_CLASS, true, loader);
      } catch (ClassNotFoundException e) {
        continue;
      } catch (LinkageError e) {
        why[0] = "its class cannot be loaded (" + e + ")";
        return Optional.empty();
      }
      try {
        return healthy((Provider) type.getField("INSTANCE").get(null), why);
      } catch (ReflectiveOperationException | ClassCastException e) {
        why[0] = "its instance cannot be read (" + e + ")";
        return Optional.empty();
      }
    }
    why[0] = "it is not on the class path";
    return Optional.empty();
  }

  /** {@code provider} when its native library loaded and its self-tests pass. */
  public static Optional<Provider> healthy(Provider provider, String[] why) {
    try {
      Object error = provider.getClass().getMethod("getLoadingError").invoke(provider);
      if (error != null) {
        why[0] = "its native library did not load (" + error + ")";
        return Optional.empty();
      }
      provider.getClass().getMethod("assertHealthy").invoke(provider);
      return Optional.of(provider);
    } catch (InvocationTargetException e) {
      why[0] = "it is not healthy (" + e.getCause() + ")";
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      // Not the provider we know: trust it as installed.
      return Optional.of(provider);
    }
  }

  private static ClassLoader[] loaders() {
    ClassLoader own = NativeProviders.class.getClassLoader();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context == null || context == own
        ? new ClassLoader[] {own}
        : new ClassLoader[] {own, context};
  }
}
