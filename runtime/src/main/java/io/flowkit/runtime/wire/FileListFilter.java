package io.flowkit.runtime.wire;

/** Paging, ordering and search for a file listing. */
public record FileListFilter(
    String orderByPropertyDeveloperName,
    OrderDirection orderByDirectionType,
    int limit,
    int offset,
    String search) {}
