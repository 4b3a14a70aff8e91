package io.flowkit.runtime.observe;

import java.util.Objects;

/**
 * What a call was for, named as the service's own tables name it, so that the set of listeners is
 * bounded by the service's definition (a low-cardinality metric tag), never by what callers send.
 *
 * @param kind the kind of listener
 * @param name the message action's uri part, the data action's table name, the file resource's path,
 *     {@code metadata}, or {@link #UNMATCHED} for a call that matched none of them
 * @param operation {@code invoke}; {@code load}, {@code save}, {@code delete}; {@code list}, {@code
 *     upload}, {@code delete}; {@code describe}, {@code install}
 */
public record Listener(Kind kind, String name, String operation) {

  /** The name of calls that named no listener the service has (an unknown action, type or resource). */
  public static final String UNMATCHED = "(unmatched)";

  /** The kinds of listener a service offers, with the short name used in metric tags. */
  public enum Kind {
    MESSAGE_ACTION("message"),
    DATA_ACTION("data"),
    FILE_RESOURCE("file"),
    METADATA("metadata");

    private final String tag;

    Kind(String tag) {
      this.tag = tag;
    }

    /** The short name: {@code message}, {@code data}, {@code file} or {@code metadata}. */
    public String tag() {
      return tag;
    }
  }

  public Listener {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(operation, "operation");
  }

  public static Listener messageAction(String uriPart) {
    return new Listener(Kind.MESSAGE_ACTION, uriPart, "invoke");
  }

  public static Listener dataAction(String tableName, String operation) {
    return new Listener(Kind.DATA_ACTION, tableName, operation);
  }

  public static Listener fileResource(String path, String operation) {
    return new Listener(Kind.FILE_RESOURCE, path, operation);
  }

  public static Listener metadata(String operation) {
    return new Listener(Kind.METADATA, "metadata", operation);
  }

  /** The same kind and operation, for a call that named nothing the service has. */
  public Listener unmatched() {
    return new Listener(kind, UNMATCHED, operation);
  }
}
