package io.flowkit.runtime.service;

/** The file a delete names: the resource path and the file ({@code resourceFile}). */
public record FileReference(String resourcePath, String resourceFile) {}
