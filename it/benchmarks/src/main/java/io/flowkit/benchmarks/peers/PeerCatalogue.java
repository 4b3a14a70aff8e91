package io.flowkit.benchmarks.peers;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The data and the pricing rule both implementations of the peer service share, so that flowkit's
 * and the SDK's answers carry the same values. Prices are binary-exact decimals (quarters), so that
 * the SDK's {@code double}s and flowkit's {@code BigDecimal}s print the same digits.
 */
public final class PeerCatalogue {

  /** How many products a Load answers. */
  public static final int PRODUCTS = 100;

  /** The instant every product was last updated, plus its index in hours. */
  public static final OffsetDateTime UPDATED = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private static final String[] CATEGORIES = {"tools", "garden", "kitchen", "office", "outdoor"};
  private static final String[] BRANDS = {"Acme", "Brick & Co", "Copperfield", "Dune"};

  private PeerCatalogue() {}

  public static String id(int i) {
    return String.format("P-%03d", i);
  }

  public static String sku(int i) {
    return String.format("SKU-%05d", 10_000 + i);
  }

  public static String name(int i) {
    return "Catalogue product " + i;
  }

  public static String description(int i) {
    return "Product " + i + " of the comparison catalogue, sold by the piece";
  }

  public static String category(int i) {
    return CATEGORIES[i % CATEGORIES.length];
  }

  public static String brand(int i) {
    return BRANDS[i % BRANDS.length];
  }

  public static String supplier(int i) {
    return "Supplier " + (i % 7);
  }

  public static double price(int i) {
    return 3 + i + 0.25 * (1 + i % 3);
  }

  public static double weight(int i) {
    return 0.5 + i % 9;
  }

  public static int stock(int i) {
    return 3 * i + 1;
  }

  public static boolean active(int i) {
    return i % 5 != 0;
  }

  public static OffsetDateTime updated(int i) {
    return UPDATED.plusHours(i);
  }

  /** A quoted line's status: more than ten pieces are back-ordered. */
  public static String status(long quantity) {
    return quantity > 10 ? "back-ordered" : "in stock";
  }

  /** The description of a quoted line the request left without one. */
  public static String describe(String sku) {
    return "Catalogue item " + sku + ", priced from the list";
  }

  /** The unit price of a line the request left without one. */
  public static final double LIST_PRICE = 4.75;
}
