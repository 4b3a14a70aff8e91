package io.flowkit.store.repository;

import io.flowkit.store.state.FlowState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The states table. Every write is one transaction: all the states of a request are stored, or
 * none. A stored state is replaced only by one whose {@code updatedAt} is the same or newer.
 */
public final class StateRepository {

  private static final Logger LOG = LoggerFactory.getLogger(StateRepository.class);

  // Unique violation (two first inserts racing), serialization failure, deadlock: all resolve by
  // running the transaction again.
  private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01");
  private static final int ATTEMPTS = 3;

  private final DataSource dataSource;
  private final String upsert;
  private final String select;
  private final String delete;
  private final String purge;

  StateRepository(DataSource dataSource, Dialect dialect, String schema) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    String table = schema == null ? "flowkit_states" : "\"" + schema + "\".flowkit_states";
    this.upsert = dialect.upsert(table);
    this.select = "SELECT content FROM " + table + " WHERE tenant_id = ? AND id = ?";
    this.delete = "DELETE FROM " + table + " WHERE tenant_id = ? AND id = ?";
    this.purge = "DELETE FROM " + table + " WHERE expires_at < ?";
  }

  /** Stores {@code states} in one transaction; older versions of stored states are skipped. */
  public void save(List<FlowState> states) {
    // One lock order for every writer, so that two requests saving the same states cannot deadlock.
    List<FlowState> ordered = new ArrayList<>(states);
    ordered.sort(Comparator.comparing(FlowState::tenant).thenComparing(FlowState::id));
    inTransaction("save states", connection -> {
      try (PreparedStatement statement = connection.prepareStatement(upsert)) {
        for (FlowState state : ordered) {
          bind(statement, state);
          statement.executeUpdate();
        }
      }
      return null;
    });
  }

  /** The content of state {@code id} of {@code tenant}. */
  public Optional<String> loadContent(UUID tenant, UUID id) {
    return inTransaction("load a state", connection -> {
      try (PreparedStatement statement = connection.prepareStatement(select)) {
        statement.setObject(1, tenant);
        statement.setObject(2, id);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /** Deletes the states {@code ids} of {@code tenant}; ids that are not stored are ignored. */
  public void delete(UUID tenant, Collection<UUID> ids) {
    List<UUID> ordered = ids.stream().distinct().sorted().toList();
    inTransaction("delete states", connection -> {
      try (PreparedStatement statement = connection.prepareStatement(delete)) {
        for (UUID id : ordered) {
          statement.setObject(1, tenant);
          statement.setObject(2, id);
          statement.addBatch();
        }
        if (!ordered.isEmpty()) {
          statement.executeBatch();
        }
      }
      return null;
    });
  }

  /** Deletes every state whose {@code expiresAt} is before {@code now}; returns how many. */
  public int purgeExpired(Instant now) {
    return inTransaction("purge expired states", connection -> {
      try (PreparedStatement statement = connection.prepareStatement(purge)) {
        statement.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return statement.executeUpdate();
      }
    });
  }

  /** Whether the database answers. */
  public boolean isReachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      LOG.warn("The database is unreachable: {} (SQLState {})", e.getMessage(), e.getSQLState());
      return false;
    }
  }

  private static void bind(PreparedStatement statement, FlowState state) throws SQLException {
    statement.setObject(1, state.tenant());
    statement.setObject(2, state.id());
    setUuid(statement, 3, state.parent());
    statement.setObject(4, state.flow());
    statement.setObject(5, state.flowVersion());
    statement.setBoolean(6, state.done());
    setUuid(statement, 7, state.currentMapElement());
    setUuid(statement, 8, state.currentUser());
    statement.setObject(9, state.createdAt());
    statement.setObject(10, state.updatedAt());
    statement.setLong(11, state.updateOrder());
    if (state.expiresAt() == null) {
      statement.setNull(12, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(12, state.expiresAt());
    }
    statement.setString(13, state.content());
  }

  private static void setUuid(PreparedStatement statement, int index, UUID value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T inTransaction(String what, Work<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try {
          T result = work.run(connection);
          connection.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(connection);
          throw e;
        }
      } catch (SQLException e) {
        last = e;
        if (!RETRYABLE.contains(e.getSQLState())) {
          break;
        }
        LOG.debug("Retrying to {} after SQLState {}", what, e.getSQLState());
      }
    }
    LOG.warn("Could not {}: {} (SQLState {})", what, last.getMessage(), last.getSQLState());
    throw new StorageException("could not " + what, last);
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      LOG.debug("Rollback failed (SQLState {})", e.getSQLState());
    }
  }
}
