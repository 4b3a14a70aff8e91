/**
 * The platform test kit: plays Boomi Flow over real HTTP, for tests of services and stores.
 *
 * <p>Towards a service, {@link io.flowkit.testkit.FlowPlatform} calls it as Flow does
 * (describe, install, actions, data, files), and {@link io.flowkit.testkit.CallbackReceiver}
 * is the local endpoint that receives the callbacks of actions that answered {@code WAIT}.
 *
 * <p>Towards an External Storage API store, it generates store keys ({@link
 * io.flowkit.testkit.StoreKeyPairs}), builds the {@code X-ManyWho-Signature} header and
 * state tokens ({@link io.flowkit.testkit.PlatformTokens}), calls the store ({@link
 * io.flowkit.testkit.StoreClient}) and opens the token a loaded state comes back in.
 */
package io.flowkit.testkit;
