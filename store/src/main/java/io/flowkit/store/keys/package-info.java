/**
 * The store's keys: EC P-384 JSON Web Keys selected by {@code kid}, read from the reference store's
 * environment variables ({@code PLATFORM_KEY}, {@code RECEIVER_KEY}, {@code PLATFORM_KEY_<kid>},
 * {@code RECEIVER_KEY_<kid>}), checked once at start-up, and generated the way the platform does when
 * a store is created.
 *
 * <p>The store keeps the <em>public</em> half of the platform key (to verify what the platform signs
 * and to encrypt what it sends back) and the <em>private</em> half of the receiver key (to decrypt
 * what the platform sends and to sign what it sends back).
 */
package io.flowkit.store.keys;
