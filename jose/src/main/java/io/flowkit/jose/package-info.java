/**
 * The JOSE plumbing that the store and the test platform share: finding the native JCA provider
 * (Amazon Corretto Crypto Provider) without a compile-time dependency on it, a provider that routes
 * each algorithm to it or else to the JDK's, and what keeps a state token's megabytes off the slow
 * paths: raw DEFLATE at a chosen level and bounded inflation, an ECDH-ES key-wrap encrypter that
 * compresses and Base64-codes with the JDK, a compact JWS kept as bytes, and a Base64URL decoded by
 * the JDK's codec. No cryptographic primitive is implemented here; Nimbus JOSE+JWT and the JCA
 * providers do them all.
 */
package io.flowkit.jose;
