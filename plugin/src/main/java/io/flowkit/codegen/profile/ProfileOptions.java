package io.flowkit.codegen.profile;

import io.flowkit.codegen.generation.ScalarArrays;

/**
 * How profiles are read.
 *
 * @param maxDepth how many objects may nest inside each other before reading fails
 */
public record ProfileOptions(ScalarArrays scalarArrays, int maxDepth) {}
