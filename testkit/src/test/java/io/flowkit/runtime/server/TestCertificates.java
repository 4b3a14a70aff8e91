package io.flowkit.runtime.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PKI made with the JDK's {@code keytool}: a CA, a server certificate for {@code
 * localhost}/{@code 127.0.0.1} and a client certificate, both signed by the CA, a trust store with
 * the CA, and a rogue self-signed client. All stores are PKCS#12 with the password {@link
 * #PASSWORD}.
 */
final class TestCertificates {

  static final String PASSWORD = "changeit";

  final Path serverKeys;
  final Path clientKeys;
  final Path rogueClientKeys;
  final Path trust;

  private final Path dir;

  private TestCertificates(Path dir) {
    this.dir = dir;
    this.serverKeys = dir.resolve("server.p12");
    this.clientKeys = dir.resolve("client.p12");
    this.rogueClientKeys = dir.resolve("rogue.p12");
    this.trust = dir.resolve("trust.p12");
  }

  static TestCertificates create(Path dir) throws Exception {
    TestCertificates certificates = new TestCertificates(dir);
    certificates.generate();
    return certificates;
  }

  private void generate() throws Exception {
    keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=flowkit test CA",
        "-ext", "bc:c", "-validity", "2", "-keystore", "ca.p12");
    keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.pem");
    // The rest is independent: run it side by side, keytool starts a JVM each time.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> steps = new ArrayList<>();
      steps.add(pool.submit(() -> keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "trust.p12")));
      steps.add(pool.submit(() -> signed("server", "CN=localhost", "san=dns:localhost,ip:127.0.0.1")));
      steps.add(pool.submit(() -> signed("client", "CN=flow platform", "eku=clientAuth")));
      steps.add(pool.submit(() -> keytool("-genkeypair", "-alias", "rogue", "-keyalg", "EC", "-groupname", "secp256r1",
          "-dname", "CN=flow platform", "-validity", "2", "-keystore", "rogue.p12")));
      for (Future<?> step : steps) {
        step.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A key pair in {@code <name>.p12} whose certificate the CA signed, chain included. */
  private Void signed(String name, String subject, String extension) throws Exception {
    String store = name + ".p12";
    keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject,
        "-validity", "2", "-keystore", store);
    keytool("-certreq", "-alias", name, "-keystore", store, "-file", name + ".csr");
    keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-infile", name + ".csr", "-outfile", name + ".pem",
        "-ext", extension, "-validity", "2");
    Files.writeString(dir.resolve(name + "-chain.pem"),
        Files.readString(dir.resolve(name + ".pem")) + Files.readString(dir.resolve("ca.pem")));
    keytool("-importcert", "-noprompt", "-alias", name, "-file", name + "-chain.pem", "-keystore", store);
    return null;
  }

  private Void keytool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    // A short-lived tool: skip the optimising compiler and the parallel collector.
    command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
    command.addAll(List.of(arguments));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    if (List.of(arguments).contains("-gencert") || List.of(arguments).contains("-genkeypair") || List.of(arguments).contains("-certreq")) {
      command.addAll(List.of("-keypass", PASSWORD));
    }
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool " + String.join(" ", arguments) + " failed: " + output);
    }
    return null;
  }
}
