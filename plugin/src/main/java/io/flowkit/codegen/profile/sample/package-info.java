/**
 * Sample-JSON profiles: the types of an example document inferred the way Boomi's JSON import
 * does, with the shapes of every element of an array merged.
 */
package io.flowkit.codegen.profile.sample;
