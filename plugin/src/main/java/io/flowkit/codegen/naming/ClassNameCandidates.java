package io.flowkit.codegen.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The class names a generated owner tries, best first, before {@link ClassNameRegistry} falls back
 * to a numeric suffix.
 */
public final class ClassNameCandidates {

  private ClassNameCandidates() {}

  /**
   * For an owner (a service, action, data action or file resource) named {@code name}: its words;
   * its spelled words (when they differ); the service's name in front (for services sharing a
   * package).
   *
   * @param serviceJavaName {@code null} for the service itself
   */
  public static List<String> forOwner(String name, String serviceJavaName) {
    List<String> bases = new ArrayList<>();
    bases.add(JavaNames.typeName(name));
    bases.add(JavaNames.typeName(Words.spelled(name)));
    if (serviceJavaName != null) {
      bases.add(serviceJavaName + JavaNames.typeName(name));
    }
    return bases;
  }

  /**
   * For a message or file type: its Flow name's words; the entry path from the root ({@code
   * CreateOrderRequestCustomerAddress}); its entry's spelled words ({@code
   * CreateOrderRequestFirstUnderscoreName}); the service's name in front; a {@code Type} suffix.
   *
   * @param namePrefix what precedes the entry in the Flow name ({@code Create Order REQUEST - })
   * @param path the entry names leading to the type, its own entry last
   */
  public static List<String> forEntryType(String flowName, String namePrefix, List<String> path,
      String serviceJavaName) {
    List<String> bases = new ArrayList<>();
    String plain = JavaNames.typeName(flowName);
    bases.add(plain);
    String prefix = JavaNames.typeName(namePrefix);
    for (int k = 2; k <= path.size(); k++) {
      StringBuilder name = new StringBuilder(prefix);
      for (String entry : path.subList(path.size() - k, path.size())) {
        name.append(JavaNames.typeName(entry));
      }
      bases.add(name.toString());
    }
    String entry = flowName.substring(namePrefix.length());
    bases.add(prefix + JavaNames.typeName(Words.spelled(entry)));
    bases.add(serviceJavaName + plain);
    bases.add(plain + "Type");
    return bases;
  }

  /**
   * For a data action's type, named after its object type: its words; the service's name in
   * front; its spelled words; a {@code Type} suffix.
   */
  public static List<String> forObjectType(String objectType, String serviceJavaName) {
    String plain = JavaNames.typeName(objectType);
    return List.of(plain, serviceJavaName + plain, JavaNames.typeName(Words.spelled(objectType)), plain + "Type");
  }

  /**
   * For an enum: the name of its definition ({@code #/definitions/Status} → {@code Status}) when it
   * has one, then its owner and entry ({@code TicketStatus}), with an {@code Enum} suffix last.
   *
   * @param definitionName {@code null} for an inline enum
   */
  public static List<String> forEnum(String definitionName, String ownerJavaName, String entry) {
    String own = ownerJavaName + JavaNames.typeName(entry);
    return definitionName != null
        ? List.of(JavaNames.typeName(definitionName), own, own + "Enum")
        : List.of(own, own + "Enum");
  }
}
