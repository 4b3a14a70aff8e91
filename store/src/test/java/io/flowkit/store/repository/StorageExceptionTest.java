package io.flowkit.store.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which database failures the store answers 503 (later), 400 (these values) or 500. */
class StorageExceptionTest {

  @Test
  void connectionFailuresAndPoolTimeoutsAreUnavailable() {
    assertThat(StorageException.classify(new SQLException("I/O error", "08006"))).isEqualTo(StorageException.Kind.UNAVAILABLE);
    assertThat(StorageException.classify(new SQLException("terminating connection", "57P01")))
        .isEqualTo(StorageException.Kind.UNAVAILABLE);
    assertThat(StorageException.classify(new SQLException("too many clients", "53300")))
        .isEqualTo(StorageException.Kind.UNAVAILABLE);
    // HikariCP's "Connection is not available, request timed out", with or without a SQLState
    assertThat(StorageException.classify(new SQLTransientConnectionException("timed out", (String) null)))
        .isEqualTo(StorageException.Kind.UNAVAILABLE);
    assertThat(StorageException.classify(new SQLException("wrapped", null, new ConnectException("refused"))))
        .isEqualTo(StorageException.Kind.UNAVAILABLE);
  }

  @Test
  void dataExceptionsAreRefusedValuesAndTheRestFailures() {
    assertThat(StorageException.classify(new SQLException("timestamp out of range", "22008")))
        .isEqualTo(StorageException.Kind.DATA_REFUSED);
    assertThat(StorageException.classify(new SQLException("relation does not exist", "42P01")))
        .isEqualTo(StorageException.Kind.FAILED);
    assertThat(StorageException.classify(new IllegalStateException("no SQL at all"))).isEqualTo(StorageException.Kind.FAILED);
  }
}
