/**
 * Typed queries for data actions: what a database Load's list filter asks for, with fields named by
 * a generated enum. {@link io.flowkit.runtime.query.ListFilterQuery} translates the platform's list
 * filter into a {@link io.flowkit.runtime.query.Query}; {@link io.flowkit.runtime.query.Criteria}
 * and {@link io.flowkit.runtime.query.QueryBuilder} build one by hand; {@link
 * io.flowkit.runtime.query.InMemoryQuery} answers one over records held in memory.
 */
package io.flowkit.runtime.query;
