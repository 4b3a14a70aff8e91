/**
 * The service descriptor ({@code *.flow.json}): its JSON Schema (shipped as {@code
 * flow-service.schema.json} next to these classes), validation against it with every violation
 * placed at its line and column, and the parsed, immutable form the model reader works from.
 */
package io.flowkit.codegen.descriptor;
