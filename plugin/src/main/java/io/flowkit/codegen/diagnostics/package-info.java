/**
 * Problems found in descriptors and profiles, each with the file, line and column it is about,
 * formatted the way javac formats its own so IDEs and CI logs link them.
 */
package io.flowkit.codegen.diagnostics;
