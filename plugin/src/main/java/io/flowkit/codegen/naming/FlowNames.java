package io.flowkit.codegen.naming;

import java.util.List;

/**
 * The Flow names the Flow Services Server composes for what a descriptor declares (spec §1.2–1.5):
 * message types {@code <Action> REQUEST - <entry>} and {@code <Action> RESPONSE - <entry>}, file
 * resource types {@code $File RESPONSE - <entry>}, bindings {@code <object type> Binding}, and the
 * default {@code uriPart} of a message action.
 */
public final class FlowNames {

  /** The prefix of every file resource's upload response type. */
  public static final String FILE_TYPE_PREFIX = "$File RESPONSE - ";

  /** What a default {@code uriPart} starts with; alone, the name gave no part to follow it. */
  public static final String ACTIONS_URI = "actions/";

  private FlowNames() {}

  /** {@code Create Order REQUEST - }: what precedes the entry in the types of a request profile. */
  public static String requestTypePrefix(String action) {
    return action + " REQUEST - ";
  }

  /** {@code Create Order RESPONSE - }: what precedes the entry in the types of a response profile. */
  public static String responseTypePrefix(String action) {
    return action + " RESPONSE - ";
  }

  /**
   * A type name qualified by the entry names leading to it ({@code … REQUEST - customer address}),
   * for {@code nameClashes=path}.
   */
  public static String pathQualified(String prefix, List<String> path) {
    return prefix + String.join(" ", path);
  }

  /** {@code Ticket Binding}: the binding of a data action's object type. */
  public static String bindingName(String objectType) {
    return objectType + " Binding";
  }

  /**
   * {@code actions/create-order}: the {@code uriPart} of an action that does not set one; just
   * {@value #ACTIONS_URI} when the name has no ASCII letter or digit.
   */
  public static String defaultUriPart(String action) {
    return ACTIONS_URI + JavaNames.kebabCase(action);
  }
}
