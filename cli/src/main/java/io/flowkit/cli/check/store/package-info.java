/**
 * {@code flowkit check store}: plays the Flow platform against any External Storage API store with
 * the platform's halves of the store keys, and reports each case of the handshake pass or fail.
 * {@link io.flowkit.cli.check.store.StoreChecker} runs the cases, writing and removing only states
 * of its own (fresh ids); {@link io.flowkit.cli.check.store.PlatformKeyFiles} reads the keys. Rules
 * are cited as sections of the External Storage API.
 */
package io.flowkit.cli.check.store;
