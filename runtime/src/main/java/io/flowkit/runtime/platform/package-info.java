/**
 * The platform test kit, store half: plays Boomi Flow towards an External Storage API store, as the
 * platform does. It generates store keys ({@link io.flowkit.runtime.platform.StoreKeyPairs}), builds
 * the {@code X-ManyWho-Signature} header and state tokens ({@link
 * io.flowkit.runtime.platform.PlatformTokens}), calls a store over HTTP ({@link
 * io.flowkit.runtime.platform.StoreClient}) and opens the token a loaded state comes back in.
 *
 * <p>It is meant for tests: of a store, or of anything that sits in front of one.
 */
package io.flowkit.runtime.platform;
