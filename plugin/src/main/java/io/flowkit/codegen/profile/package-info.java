/**
 * What a JSON profile says, independent of how it was written: a graph of {@link
 * io.flowkit.codegen.profile.Shape}s (objects with members, lists, scalar values) read from a JSON
 * Schema ({@code schema} subpackage) or inferred from a sample document ({@code sample}
 * subpackage), with the Flow Services Server's limits applied. Recursive schemas give cyclic
 * graphs; nothing here names types yet.
 */
package io.flowkit.codegen.profile;
