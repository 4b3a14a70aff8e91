/** Test support: shared data, databases, clocks and running stores for the runtime's tests. */
package io.flowkit.runtime.testing;
