/**
 * The JOSE plumbing that the store and the test platform share: finding the native JCA provider
 * (Amazon Corretto Crypto Provider) without a compile-time dependency on it, a provider that routes
 * each algorithm to it or else to the JDK's, and a Base64URL decoded by the JDK's faster codec for
 * the megabytes a state token can carry. No cryptography is implemented here; Nimbus JOSE+JWT and
 * the JCA providers do it all.
 */
package io.flowkit.jose;
