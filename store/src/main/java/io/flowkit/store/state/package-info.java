/**
 * What the store keeps of one Flow state: the metadata the platform sends alongside it and the
 * state document itself as JSON text, opaque to the store.
 */
package io.flowkit.store.state;
