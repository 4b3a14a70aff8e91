package io.flowkit.runtime.wire;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the platform should go on after a service response ({@code FORWARD} when done, {@code WAIT} when a callback follows). */
public enum InvokeType {
  FORWARD, DONE, WAIT, SUCCESS, TOKEN_COMPLETED, BUSY, STATUS, SYNC, JOIN, NAVIGATE;

  @JsonCreator
  public static InvokeType fromWireName(String name) {
    return WireEnums.read(InvokeType.class, name, "invoke type");
  }
}
