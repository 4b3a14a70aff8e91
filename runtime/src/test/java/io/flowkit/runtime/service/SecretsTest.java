package io.flowkit.runtime.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {

  static final List<DescribeValue> DESCRIBED =
      List.of(DescribeValue.of("API Key", ContentType.PASSWORD, null, true, 0), DescribeValue.of("Region", ContentType.STRING, null, false, 1));

  @Test
  void secretsAreTheValuesDescribedOrSentAsPasswordsOrEncrypted() {
    Secrets secrets =
        Secrets.of(
            DESCRIBED,
            List.of(
                // The platform may send configuration values without a content type: the definition decides.
                EngineValue.scalar("API Key", null, "key-1234"),
                EngineValue.scalar("Region", ContentType.STRING, "eu-west"),
                EngineValue.scalar("Vault", ContentType.ENCRYPTED, "vault-5678"),
                EngineValue.scalar("Pin", ContentType.PASSWORD, "123")));

    assertThat(secrets.redact("key-1234 in eu-west, vault-5678, pin 123")).isEqualTo("****** in eu-west, ******, pin 123");
    assertThat(Secrets.of(DESCRIBED, List.of(EngineValue.scalar("Region", ContentType.STRING, "eu-west"))).isEmpty()).isTrue();
  }

  @Test
  void aLongerSecretContainingAShorterOneIsMaskedWhole() {
    Secrets secrets =
        Secrets.of(List.of(), List.of(EngineValue.scalar("a", ContentType.PASSWORD, "abcd"), EngineValue.scalar("b", ContentType.PASSWORD, "abcdefgh")));

    assertThat(secrets.redact("x abcdefgh y")).isEqualTo("x ****** y");
  }

  @Test
  void aLoggedFailureKeepsItsClassesAndStackButNotTheSecret() {
    Secrets secrets = Secrets.of(DESCRIBED, List.of(EngineValue.scalar("API Key", ContentType.PASSWORD, "key-1234")));
    IllegalStateException failure = new IllegalStateException("wrapped", new java.io.IOException("login key-1234 refused"));
    RuntimeException plain = new RuntimeException("nothing secret");

    Throwable logged = secrets.redactForLog(failure);
    StringWriter text = new StringWriter();
    logged.printStackTrace(new PrintWriter(text));

    assertThat(secrets.redactForLog(plain)).isSameAs(plain);
    assertThat(text.toString())
        .startsWith("java.lang.IllegalStateException: wrapped")
        .contains("Caused by: java.io.IOException: login ****** refused")
        .contains("at io.flowkit.runtime.service.SecretsTest.aLoggedFailureKeepsItsClassesAndStackButNotTheSecret")
        .doesNotContain("key-1234");
    assertThat(secrets.redact(new ServiceProblemException(409, "key-1234 is taken")).getMessage()).isEqualTo("****** is taken");
  }
}
