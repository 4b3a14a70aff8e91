/**
 * Test support for the runtime's tests and, through the runtime's test jar, the test kit's, the
 * store's and the command line's: a clock tests move, captured log lines, a hand-read kept-alive
 * HTTP connection and an await helper for conditions no latch can signal.
 */
package io.flowkit.runtime.testing;
