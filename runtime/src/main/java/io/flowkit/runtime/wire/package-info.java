/**
 * The Flow service protocol's wire model: the JSON documents the platform and a service exchange
 * ({@code /metadata}, actions, {@code /data}, {@code /file}), the content types, and the encoding of
 * scalar values as strings.
 *
 * <p>Every record tolerates {@code null} lists on input (they become empty lists) and unknown JSON
 * fields, because the platform adds fields over time. {@link io.flowkit.runtime.wire.WireJson} holds
 * the one configured mapper; {@link io.flowkit.runtime.wire.Abbreviations} how a value given on the
 * wire is quoted in a message; {@link io.flowkit.runtime.wire.StrictUtf8} the UTF-8 check every JSON
 * body from outside passes before Jackson reads it.
 */
package io.flowkit.runtime.wire;
