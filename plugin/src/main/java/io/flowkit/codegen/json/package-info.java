/**
 * Reading JSON files so that every node keeps its line and column: descriptors, schemas and
 * samples are all parsed here, once per run, and any problem in them can be reported at its place
 * with its JSON pointer.
 */
package io.flowkit.codegen.json;
