/**
 * Every name flowkit decides, Flow names and Java names side by side.
 *
 * <ul>
 *   <li>Flow and Boomi names: {@link io.flowkit.codegen.naming.FlowNames} composes the names the
 *       Flow Services Server gives types, bindings and {@code uriPart}s ({@code Create Order
 *       REQUEST - customer}); {@link io.flowkit.codegen.naming.FlowNameRules} checks the rules
 *       Flow and Boomi put on names (reserved characters, letter case, length, unrenamed layers).
 *   <li>Java names: {@link io.flowkit.codegen.naming.Words} splits names into words, {@link
 *       io.flowkit.codegen.naming.JavaNames} applies the casing rules and the treatment of
 *       keywords, leading digits, signs and symbols; {@link
 *       io.flowkit.codegen.naming.ClassNameCandidates}, {@link
 *       io.flowkit.codegen.naming.ClassNameRegistry}, {@link io.flowkit.codegen.naming.MemberNames}
 *       and {@link io.flowkit.codegen.naming.ConstantNames} make generated classes, record
 *       components and enum constants unique with deterministic tie-breaking; {@link
 *       io.flowkit.codegen.naming.DerivedNames} gives the fields, methods and constants the
 *       emitters derive from those names.
 * </ul>
 *
 * <p>Pure functions and small registries; nothing here reads JSON or files (the rule checks only
 * report to a {@link io.flowkit.codegen.diagnostics.Reporter}).
 */
package io.flowkit.codegen.naming;
