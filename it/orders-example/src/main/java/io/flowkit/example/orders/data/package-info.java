/**
 * The example's data actions: {@code Ticket} (load, query, save, delete) and {@code Customer} (load,
 * query), each over a list held in memory and queried with the runtime's {@code InMemoryQuery}.
 */
package io.flowkit.example.orders.data;
