/**
 * A local stand-in for the part of the Flow platform that creates stores ({@code POST
 * /api/admin/1/stores} and its list, read, update and delete), so that the store set-up of the Flow
 * documentation can be followed without Flow: create a store, get its {@code platformKey} and
 * {@code receiverKey} once, run {@code flowkit store} with them, check it with {@code flowkit check
 * store}. {@link io.flowkit.cli.platform.StoreRegistry} keeps the stores and the platform's halves of
 * their keys in a directory; {@link io.flowkit.cli.platform.AdminStoresHandler} serves the API over
 * HTTP; {@link io.flowkit.cli.platform.LocalPlatform} runs it.
 */
package io.flowkit.cli.platform;
