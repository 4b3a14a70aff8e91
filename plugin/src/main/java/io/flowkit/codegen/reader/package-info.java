/**
 * From descriptors and profiles to {@link io.flowkit.codegen.model.ServiceModel}s: {@link
 * io.flowkit.codegen.reader.DescriptorModelReader} drives one run; the classes here decide every
 * Flow name (as the Flow Services Server would create it) and every Java name, and check the rules
 * Flow imposes on them, reporting all problems of a run together.
 */
package io.flowkit.codegen.reader;
