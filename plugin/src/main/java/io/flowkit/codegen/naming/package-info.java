/**
 * Java identifiers derived from Flow names: the word splitting, the casing rules, the treatment of
 * keywords, leading digits, signs and symbols, and the deterministic tie-breaking that keeps every
 * generated class, record component and enum constant unique. Pure functions and small registries;
 * nothing here knows about JSON or files.
 */
package io.flowkit.codegen.naming;
