package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.OrderDirection;

/** A file listing request: the resource path and optional search, sort and page ({@code limit} 0: none). */
public record FileQuery(
    String resourcePath, String search, String orderBy, OrderDirection direction, int limit, int offset) {}
