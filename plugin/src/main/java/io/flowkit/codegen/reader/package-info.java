/**
 * From descriptors and profiles to {@link io.flowkit.codegen.model.ServiceModel}s: {@link
 * io.flowkit.codegen.reader.DescriptorModelReader} drives one run and {@link
 * io.flowkit.codegen.reader.ServiceModelBuilder} one service. Flow type names are decided by
 * {@link io.flowkit.codegen.reader.TypeNamespace}, the descriptor is checked against Flow's and
 * Boomi's rules by {@link io.flowkit.codegen.reader.DescriptorRules}, and Java names are assigned by
 * {@link io.flowkit.codegen.reader.JavaNamer} (the naming rules themselves live in {@link
 * io.flowkit.codegen.naming}). All problems of a run are reported together.
 */
package io.flowkit.codegen.reader;
