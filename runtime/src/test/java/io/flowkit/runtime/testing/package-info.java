/**
 * Test support for the runtime's tests and, through the runtime's test jar, the test kit's, the
 * store's and the command line's: a clock tests move, captured log lines, a hand-read kept-alive
 * HTTP connection (which also sends raw bytes), an await helper for conditions no latch can signal,
 * and seeded generators of hostile input for reliability tests: {@code JsonMutations} (a JSON
 * document damaged in one of many ways) and {@code HttpMutations} (heads, framings, multipart and
 * credentials).
 */
package io.flowkit.runtime.testing;
