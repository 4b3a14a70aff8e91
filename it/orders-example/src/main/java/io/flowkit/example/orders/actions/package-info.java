/**
 * The example's message actions ({@code Create Order}, {@code Get Order Status} and the slow {@code
 * Ship Order}) and the in-memory order book and backend key check they share.
 */
package io.flowkit.example.orders.actions;
