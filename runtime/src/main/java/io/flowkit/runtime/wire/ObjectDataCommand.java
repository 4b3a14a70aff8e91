package io.flowkit.runtime.wire;

import java.util.Map;

/** An optional custom command on a {@code /data} call. */
public record ObjectDataCommand(String commandType, Map<String, String> properties) {}
