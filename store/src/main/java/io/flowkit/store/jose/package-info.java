/**
 * The store's JOSE: it checks the {@code X-ManyWho-Signature} header, opens the state tokens the
 * platform posts (a JWS signed with the platform key inside a JWE for the receiver key) and makes the
 * token a loaded state goes back in. Built on Nimbus JOSE+JWT, with the algorithm allow-lists, the
 * claim rules and the size limits of the External Storage API enforced here, explicitly, before and
 * after the library does its part.
 */
package io.flowkit.store.jose;
