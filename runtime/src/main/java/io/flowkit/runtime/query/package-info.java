/**
 * Typed queries for data actions: what a database Load's list filter asks for, with fields named by
 * a generated enum, and an evaluator that answers a query over an in-memory collection.
 */
package io.flowkit.runtime.query;
