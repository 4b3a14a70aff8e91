/**
 * The generator's immutable model of one Flow service, after descriptor and profiles have been read
 * and every Flow and Java name decided. Everything downstream (the emitters) is a mechanical
 * function of it; nothing here knows about files, JSON or JavaPoet.
 *
 * <p>Flow names ({@code flowName}) are exactly what the platform sees; Java names are derived from
 * them, unique within the generated package, and never change for the same inputs. Every list is
 * in the order the generated code uses: properties, inputs, outputs and types sorted by Flow name.
 */
package io.flowkit.codegen.model;
