package io.flowkit.store.repository;

import java.util.Locale;

/** The databases the store runs on, and the SQL that differs between them. */
public enum Dialect {
  /** H2 2.x, embedded. */
  H2("h2") {
    @Override
    String upsert(String table) {
      return "MERGE INTO " + table + " s USING (VALUES (CAST(? AS UUID), CAST(? AS UUID), "
          + "CAST(? AS UUID), CAST(? AS UUID), CAST(? AS UUID), CAST(? AS BOOLEAN), "
          + "CAST(? AS UUID), CAST(? AS UUID), CAST(? AS TIMESTAMP(9) WITH TIME ZONE), "
          + "CAST(? AS TIMESTAMP(9) WITH TIME ZONE), CAST(? AS BIGINT), "
          + "CAST(? AS TIMESTAMP(9) WITH TIME ZONE), CAST(? AS CHARACTER LARGE OBJECT))) "
          + "n(" + COLUMNS + ") ON s.tenant_id = n.tenant_id AND s.id = n.id "
          + "WHEN MATCHED AND s.update_order <= n.update_order THEN UPDATE SET "
          + "flow_id = n.flow_id, flow_version_id = n.flow_version_id, is_done = n.is_done, "
          + "current_map_element_id = n.current_map_element_id, "
          + "current_user_id = n.current_user_id, updated_at = n.updated_at, "
          + "update_order = n.update_order, expires_at = n.expires_at, content = n.content "
          + "WHEN NOT MATCHED THEN INSERT (" + COLUMNS + ") VALUES (n.tenant_id, n.id, "
          + "n.parent_id, n.flow_id, n.flow_version_id, n.is_done, n.current_map_element_id, "
          + "n.current_user_id, n.created_at, n.updated_at, n.update_order, n.expires_at, "
          + "n.content)";
    }
  },
  /** PostgreSQL 12 or later. */
  POSTGRESQL("postgresql") {
    @Override
    String upsert(String table) {
      return "INSERT INTO " + table + " AS s (" + COLUMNS + ") "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          + "ON CONFLICT (tenant_id, id) DO UPDATE SET "
          + "flow_id = EXCLUDED.flow_id, flow_version_id = EXCLUDED.flow_version_id, "
          + "is_done = EXCLUDED.is_done, current_map_element_id = EXCLUDED.current_map_element_id, "
          + "current_user_id = EXCLUDED.current_user_id, updated_at = EXCLUDED.updated_at, "
          + "update_order = EXCLUDED.update_order, expires_at = EXCLUDED.expires_at, "
          + "content = EXCLUDED.content "
          + "WHERE s.update_order <= EXCLUDED.update_order";
    }
  };

  /** The columns an upsert binds, in order. */
  static final String COLUMNS =
      "tenant_id, id, parent_id, flow_id, flow_version_id, is_done, current_map_element_id, "
          + "current_user_id, created_at, updated_at, update_order, expires_at, content";

  private final String migrationFolder;

  Dialect(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  /**
   * Inserts a state, or updates the stored one when the new {@code update_order} is not older;
   * {@code parent_id}, {@code created_at} and the key never change once inserted.
   */
  abstract String upsert(String table);

  /** The Flyway location of this dialect's migrations. */
  String migrations() {
    return "classpath:io/flowkit/store/repository/migration/" + migrationFolder;
  }

  /** The dialect of a JDBC URL. */
  public static Dialect ofJdbcUrl(String url) {
    String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "The store supports H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://...) databases; "
            + "the configured URL is neither");
  }

  /** The dialect of a database, from its JDBC metadata product name. */
  static Dialect ofProductName(String productName) {
    String lower = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (lower.contains("h2")) {
      return H2;
    }
    if (lower.contains("postgresql")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "The store supports H2 and PostgreSQL; the given data source is " + productName);
  }
}
