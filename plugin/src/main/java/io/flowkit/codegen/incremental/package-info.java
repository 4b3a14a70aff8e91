/**
 * Incremental generation: deciding that nothing changed since the last successful run, and writing
 * only what did.
 *
 * <p>A run's {@link io.flowkit.codegen.incremental.BuildState} records a digest of the effective
 * configuration (with the cache format and the generator's version), the SHA-256 of every input
 * file and a manifest of every output file it wrote. The next run is skipped when all of them still
 * hold and every output is still on disk as written; otherwise it regenerates, rewrites only files
 * whose bytes differ (so their modification times, and the compiler's up-to-date check, survive)
 * and deletes the files of the previous manifest that are no longer produced, never anything else.
 *
 * <p>The state is committed in two phases: before any output is touched the stored state is marked
 * incomplete (keeping every path that may have been written), and only a successful run marks it
 * complete again. A failed or interrupted run therefore never leaves a state that skips the next.
 */
package io.flowkit.codegen.incremental;
