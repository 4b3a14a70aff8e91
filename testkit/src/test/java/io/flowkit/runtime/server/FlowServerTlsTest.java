package io.flowkit.runtime.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.ExampleImplementations;
import io.flowkit.runtime.example.OrdersService;
import io.flowkit.testkit.FlowPlatform;
import io.flowkit.testkit.PlatformValues;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with mutual TLS: only clients with a certificate from the trusted CA get through. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowServerTlsTest {

  TestCertificates certificates;
  FlowServer server;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    certificates = TestCertificates.create(dir);
    server =
        FlowServer.builder()
            .port(0)
            .host("localhost")
            .service(new ExampleImplementations().service(Duration.ofSeconds(30)))
            .tls(certificates.serverKeys, TestCertificates.PASSWORD)
            .clientCertificates(certificates.trust, TestCertificates.PASSWORD)
            .start();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  FlowPlatform platform(Path clientKeys) {
    return FlowPlatform.builder(server.uri(OrdersService.PATH))
        .tls(certificates.trust, TestCertificates.PASSWORD, clientKeys, TestCertificates.PASSWORD)
        .configuration(PlatformValues.create().password("API Key", "k").build())
        .build();
  }

  @Test
  void aClientWithACertificateFromTheTrustedCaIsServed() {
    assertThat(server.uri().getScheme()).isEqualTo("https");
    assertThat(platform(certificates.clientKeys).describe().actions()).hasSize(2);
  }

  @Test
  void aClientWithoutACertificateIsRefusedDuringTheHandshake() {
    assertThatThrownBy(() -> platform(null).describe()).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aClientWithASelfSignedCertificateIsRefused() {
    assertThatThrownBy(() -> platform(certificates.rogueClientKeys).describe()).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void clientCertificatesWithoutTlsAreAConfigurationError() {
    assertThatThrownBy(() -> FlowServer.builder().port(0).clientCertificates(certificates.trust, TestCertificates.PASSWORD).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tls");
  }
}
