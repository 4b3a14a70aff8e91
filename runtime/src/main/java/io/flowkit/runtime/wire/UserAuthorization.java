package io.flowkit.runtime.wire;

import java.util.List;

/**
 * Who may run the flow ({@code authorization} of data and file requests, a superset of the message
 * action's group authorization): {@code globalAuthenticationType} is {@code PUBLIC},
 * {@code ALL_USERS} or {@code SPECIFIED}.
 */
public record UserAuthorization(
    String serviceElementId,
    String globalAuthenticationType,
    String streamBehaviourType,
    List<Principal> users,
    List<Principal> groups,
    String runningAuthenticationId) {

  public UserAuthorization {
    users = users == null ? List.of() : List.copyOf(users);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** A user or group named in an authorization. */
  public record Principal(String authenticationId, String attribute, boolean runningUser) {}
}
