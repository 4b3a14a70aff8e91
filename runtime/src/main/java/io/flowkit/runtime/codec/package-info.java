/**
 * The contracts generated code fills in to move typed records to and from Flow's wire form, and the
 * small readers and writers it builds them with. Generated codecs call these directly: no
 * reflection.
 */
package io.flowkit.runtime.codec;
