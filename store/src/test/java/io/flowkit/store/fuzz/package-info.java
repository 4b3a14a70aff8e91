/**
 * Generated-input tests of the store's HTTP endpoints: seeded generators of mutated JSON bodies,
 * headers and JOSE tokens, sent over kept-alive raw HTTP/1.1 connections, with the property that
 * every refusal is a 4xx with the store's problem body, nothing a refused request carried is stored,
 * and the store stays healthy.
 */
package io.flowkit.store.fuzz;
