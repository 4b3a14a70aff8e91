/**
 * Where states are kept: one table, keyed by {@code (tenant, id)}, reached through JDBC with a
 * HikariCP pool and created by Flyway migrations. An H2 file database is the zero-setup default;
 * PostgreSQL is for production, where several store instances may share one database.
 */
package io.flowkit.store.repository;
