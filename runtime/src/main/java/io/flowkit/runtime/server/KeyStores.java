package io.flowkit.runtime.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Loads key and trust stores from files. */
final class KeyStores {

  private KeyStores() {}

  /** A PKCS#12 store (Java's PKCS#12 loader also reads JKS files). */
  static KeyStore load(Path file, String password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password == null ? null : password.toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot load the key store " + file + ": " + e.getMessage(), e);
    }
  }
}
