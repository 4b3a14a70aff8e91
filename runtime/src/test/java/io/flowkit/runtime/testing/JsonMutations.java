package io.flowkit.runtime.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Seeded mutations of a valid JSON document, for tests that send a server what a buggy or hostile
 * client would: values of the wrong type, nulls, missing and unknown fields, deep nesting, long
 * strings, odd numbers, unusual unicode, and byte-level damage (invalid UTF-8, duplicate keys,
 * trailing data, truncation). Every mutation is a pure function of the document and the random
 * source, so a seed reproduces it. The document is parsed once per call; nothing here knows any
 * particular protocol, so the service and the store tests can share it.
 */
public final class JsonMutations {

  /** A mutated body and the name of what was done to it, for the failure message. */
  public record Mutation(String name, byte[] body) {

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Numbers JSON allows but a reader may choke on, and a few it does not allow at all. */
  private static final List<String> ODD_NUMBERS =
      List.of(
          "1e400", "-1e-400", "123456789012345678901234567890123456789", "-0", "0.0000000000000000000001",
          "1E2147483648", "1e-2147483649", "9223372036854775808", "-9223372036854775809", "2147483648",
          "4.9e-324", "1.7976931348623157e309", "0" + "1".repeat(1200), "1." + "0".repeat(1100), "NaN",
          "Infinity", "-Infinity", "0x10", "01", "+1", ".5", "1.", "1e", "--1");

  /** Strings that are valid JSON but unusual: control characters, surrogates, direction marks. */
  private static final List<String> ODD_STRINGS =
      List.of(
          "", " ", "\u0000", "\ufeff", "\u202e\u202d", "\ud83d\ude00", "\ud800", "\udfff", "a\u0000b", "\r\n\t",
          "null", "true", "0", "[]", "{}", "'\"\\", "%00", "../../x", "\u00e9\u0301", "\uffff", "ContentString",
          "ContentList", "2024-13-45T99:99:99Z", "9999-12-31T23:59:59.999999999+18:00", "-999999999-01-01T00:00:00Z");

  private enum Operation {
    WRONG_TYPE(JsonMutations::wrongType),
    NULL_VALUE((m, r) -> m.replace(r, NODES.nullNode(), "null")),
    REMOVE_FIELD(JsonMutations::removeField),
    UNKNOWN_FIELD(JsonMutations::unknownField),
    DEEP_NESTING(JsonMutations::deepNesting),
    LONG_STRING(JsonMutations::longString),
    ODD_NUMBER(JsonMutations::oddNumber),
    ODD_STRING(JsonMutations::oddString),
    EMPTY_CONTAINER((m, r) -> m.replace(r, r.nextBoolean() ? NODES.objectNode() : NODES.arrayNode(), "empty container")),
    MANY_ELEMENTS(JsonMutations::manyElements),
    INVALID_UTF8((m, r) -> m.bytes(r, JsonMutations::invalidUtf8)),
    DUPLICATE_KEY((m, r) -> m.bytes(r, JsonMutations::duplicateKey)),
    TRAILING_DATA((m, r) -> m.bytes(r, JsonMutations::trailingData)),
    TRUNCATED((m, r) -> m.bytes(r, JsonMutations::truncated)),
    FLIPPED_BYTE((m, r) -> m.bytes(r, JsonMutations::flippedByte)),
    NON_STANDARD_SYNTAX((m, r) -> m.bytes(r, JsonMutations::nonStandardSyntax)),
    OTHER_DOCUMENT(JsonMutations::otherDocument);

    private final BiFunction<Document, SplittableRandom, Mutation> apply;

    Operation(BiFunction<Document, SplittableRandom, Mutation> apply) {
      this.apply = apply;
    }
  }

  private JsonMutations() {}

  /** One mutation of {@code validJson}, chosen and shaped by {@code random}. */
  public static Mutation mutate(String validJson, SplittableRandom random) {
    Operation[] operations = Operation.values();
    Operation operation = operations[random.nextInt(operations.length)];
    return operation.apply.apply(new Document(validJson), random);
  }

  /** Up to {@code count} mutations applied in turn (byte-level ones end the chain). */
  public static Mutation mutateRepeatedly(String validJson, SplittableRandom random, int count) {
    Mutation mutation = mutate(validJson, random);
    StringBuilder names = new StringBuilder(mutation.name());
    for (int i = 1; i < count; i++) {
      String text = mutation.text();
      if (!isJson(text)) {
        break;
      }
      mutation = mutate(text, random);
      names.append(" + ").append(mutation.name());
    }
    return new Mutation(names.toString(), mutation.body());
  }

  private static boolean isJson(String text) {
    try {
      MAPPER.readTree(text);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  // ---- tree mutations ---------------------------------------------------------------------

  /** The document as a tree, with every node and where it hangs. */
  private static final class Document {
    private final String text;
    private final JsonNode root;
    private final List<Slot> slots = new ArrayList<>();

    /** A place in the tree: an object field or an array element (or the root, with no parent). */
    private record Slot(JsonNode parent, String field, int index, JsonNode node, String path) {}

    Document(String text) {
      this.text = text;
      try {
        this.root = MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Not JSON: " + text, e);
      }
      slots.add(new Slot(null, null, -1, root, "$"));
      collect(root, "$");
    }

    private void collect(JsonNode node, String path) {
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String at = path + "." + field.getKey();
          slots.add(new Slot(node, field.getKey(), -1, field.getValue(), at));
          collect(field.getValue(), at);
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          String at = path + "[" + i + "]";
          slots.add(new Slot(node, null, i, node.get(i), at));
          collect(node.get(i), at);
        }
      }
    }

    Slot pick(SplittableRandom random) {
      // Leave the root to OTHER_DOCUMENT unless it is all there is.
      return slots.size() == 1 ? slots.get(0) : slots.get(1 + random.nextInt(slots.size() - 1));
    }

    Slot pickContainer(SplittableRandom random) {
      List<Slot> containers = slots.stream().filter(s -> s.node().isContainerNode()).toList();
      return containers.isEmpty() ? slots.get(0) : containers.get(random.nextInt(containers.size()));
    }

    Mutation replace(SplittableRandom random, JsonNode value, String what) {
      Slot slot = pick(random);
      return set(slot, value, what + " at " + slot.path());
    }

    Mutation set(Slot slot, JsonNode value, String name) {
      JsonNode copy = root.deepCopy();
      if (slot.parent() == null) {
        return new Mutation(name, write(value));
      }
      JsonNode parent = locate(copy, slot.path().substring(0, slot.path().length() - suffix(slot).length()));
      if (parent instanceof ObjectNode object) {
        object.set(slot.field(), value);
      } else if (parent instanceof ArrayNode array) {
        array.set(slot.index(), value);
      }
      return new Mutation(name, write(copy));
    }

    Mutation bytes(SplittableRandom random, BiFunction<byte[], SplittableRandom, Mutation> damage) {
      return damage.apply(text.getBytes(StandardCharsets.UTF_8), random);
    }

    private static String suffix(Slot slot) {
      return slot.field() != null ? "." + slot.field() : "[" + slot.index() + "]";
    }

    /** Finds the node at a path this document produced, in a copy of the tree. */
    private JsonNode locate(JsonNode copy, String path) {
      for (Slot slot : slots) {
        if (slot.path().equals(path)) {
          return follow(copy, slot);
        }
      }
      throw new IllegalStateException("No node at " + path);
    }

    private JsonNode follow(JsonNode copy, Slot target) {
      if (target.parent() == null) {
        return copy;
      }
      JsonNode parent = locate(copy, target.path().substring(0, target.path().length() - suffix(target).length()));
      return target.field() != null ? parent.get(target.field()) : parent.get(target.index());
    }
  }

  private static Mutation wrongType(Document document, SplittableRandom random) {
    JsonNode value =
        switch (random.nextInt(6)) {
          case 0 -> NODES.numberNode(random.nextInt(-5, 100_000));
          case 1 -> NODES.textNode(randomText(random, random.nextInt(0, 20)));
          case 2 -> NODES.booleanNode(random.nextBoolean());
          case 3 -> NODES.objectNode().put("x", 1);
          case 4 -> NODES.arrayNode().add("x").add(2);
          default -> NODES.numberNode(random.nextDouble() * 1e6);
        };
    return document.replace(random, value, "wrong type " + value.getNodeType());
  }

  private static Mutation removeField(Document document, SplittableRandom random) {
    Document.Slot slot = document.pickContainer(random);
    JsonNode copy = document.root.deepCopy();
    JsonNode container = document.follow(copy, slot);
    if (container instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      object.remove(name);
      return new Mutation("removed " + slot.path() + "." + name, write(copy));
    }
    if (container instanceof ArrayNode array && array.size() > 0) {
      int index = random.nextInt(array.size());
      array.remove(index);
      return new Mutation("removed " + slot.path() + "[" + index + "]", write(copy));
    }
    return new Mutation("unchanged", write(copy));
  }

  private static Mutation unknownField(Document document, SplittableRandom random) {
    Document.Slot slot = document.pickContainer(random);
    JsonNode copy = document.root.deepCopy();
    JsonNode container = document.follow(copy, slot);
    String name = randomText(random, random.nextInt(1, 12));
    if (container instanceof ObjectNode object) {
      object.put(name, randomText(random, 5));
    } else if (container instanceof ArrayNode array) {
      array.add(NODES.objectNode().put(name, random.nextInt()));
    }
    return new Mutation("unknown member at " + slot.path(), write(copy));
  }

  private static Mutation deepNesting(Document document, SplittableRandom random) {
    int depth = random.nextInt(2) == 0 ? random.nextInt(2, 40) : random.nextInt(150, 2_000);
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    boolean arrays = random.nextBoolean();
    for (int i = 0; i < depth; i++) {
      open.append(arrays ? "[" : "{\"a\":");
      close.append(arrays ? "]" : "}");
    }
    Document.Slot slot = document.pick(random);
    String marker = "\"@@nest@@\"";
    Mutation placed = document.set(slot, NODES.textNode("@@nest@@"), "");
    String text = placed.text().replace(marker, open + "1" + close);
    return new Mutation("nested " + depth + " deep at " + slot.path(), text.getBytes(StandardCharsets.UTF_8));
  }

  private static Mutation longString(Document document, SplittableRandom random) {
    int length = random.nextInt(3) == 0 ? random.nextInt(20_000, 300_000) : random.nextInt(100, 5_000);
    String unit = random.nextBoolean() ? "a" : "\u00e9\ud83d\ude00";
    String value = unit.repeat(length / unit.length());
    return document.replace(random, NODES.textNode(value), "string of " + length + " chars");
  }

  private static Mutation oddNumber(Document document, SplittableRandom random) {
    String number = ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size()));
    Document.Slot slot = document.pick(random);
    Mutation placed = document.set(slot, NODES.textNode("@@num@@"), "");
    String text = placed.text().replace("\"@@num@@\"", random.nextBoolean() ? number : "\"" + number + "\"");
    return new Mutation("number " + abbreviate(number) + " at " + slot.path(), text.getBytes(StandardCharsets.UTF_8));
  }

  private static Mutation oddString(Document document, SplittableRandom random) {
    String value = ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
    return document.replace(random, NODES.textNode(value), "string " + escape(value));
  }

  private static Mutation manyElements(Document document, SplittableRandom random) {
    int count = random.nextInt(100, 20_000);
    ArrayNode array = NODES.arrayNode();
    JsonNode element = random.nextBoolean() ? NODES.numberNode(1) : NODES.objectNode().put("developerName", "x");
    for (int i = 0; i < count; i++) {
      array.add(element);
    }
    return document.replace(random, array, count + " elements");
  }

  private static Mutation otherDocument(Document document, SplittableRandom random) {
    String[] others = {"", " ", "null", "true", "0", "\"text\"", "[]", "[{}]", "{}", "[null]", "\ufeff{}", "\n\n{}\n"};
    String other = others[random.nextInt(others.length)];
    return new Mutation("document " + escape(other), other.getBytes(StandardCharsets.UTF_8));
  }

  // ---- byte mutations ---------------------------------------------------------------------

  private static Mutation invalidUtf8(byte[] body, SplittableRandom random) {
    byte[][] bad = {
      {(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0x80}
    };
    byte[] insert = bad[random.nextInt(bad.length)];
    int at = insideString(body, random);
    return new Mutation("invalid UTF-8 at byte " + at, splice(body, at, 0, insert));
  }

  private static Mutation duplicateKey(byte[] body, SplittableRandom random) {
    String text = new String(body, StandardCharsets.UTF_8);
    List<Integer> keys = new ArrayList<>();
    for (int i = text.indexOf("{\""); i >= 0; i = text.indexOf("{\"", i + 1)) {
      keys.add(i);
    }
    if (keys.isEmpty()) {
      return new Mutation("duplicate key (none possible)", body);
    }
    int open = keys.get(random.nextInt(keys.size()));
    int nameEnd = text.indexOf('"', open + 2);
    String name = text.substring(open + 2, nameEnd);
    String mutated = text.substring(0, open + 1) + "\"" + name + "\":null," + text.substring(open + 1);
    return new Mutation("duplicate key '" + name + "'", mutated.getBytes(StandardCharsets.UTF_8));
  }

  private static Mutation trailingData(byte[] body, SplittableRandom random) {
    String[] tails = {"}", "}}}", "]", " x", "{}", " {}", "\u0000", ",", "null", "\n\n[1]", "//", "/* */"};
    String tail = tails[random.nextInt(tails.length)];
    return new Mutation("trailing " + escape(tail), splice(body, body.length, 0, tail.getBytes(StandardCharsets.UTF_8)));
  }

  private static Mutation truncated(byte[] body, SplittableRandom random) {
    int length = body.length == 0 ? 0 : random.nextInt(body.length);
    byte[] cut = new byte[length];
    System.arraycopy(body, 0, cut, 0, length);
    return new Mutation("truncated to " + length + " of " + body.length + " bytes", cut);
  }

  private static Mutation flippedByte(byte[] body, SplittableRandom random) {
    if (body.length == 0) {
      return new Mutation("flipped nothing", body);
    }
    byte[] copy = body.clone();
    int at = random.nextInt(copy.length);
    copy[at] ^= (byte) (1 << random.nextInt(8));
    return new Mutation("flipped a bit of byte " + at, copy);
  }

  private static Mutation nonStandardSyntax(byte[] body, SplittableRandom random) {
    String text = new String(body, StandardCharsets.UTF_8);
    String mutated =
        switch (random.nextInt(5)) {
          case 0 -> text.replaceFirst("\"", "'").replaceFirst("\"", "'");
          case 1 -> text.replaceFirst("\\{", "{/* comment */");
          case 2 -> text.replaceFirst("\\}", ",}");
          case 3 -> text.replaceFirst("\"([A-Za-z]+)\":", "$1:");
          default -> text.replaceFirst(":", ": \u0007");
        };
    return new Mutation("non-standard syntax", mutated.getBytes(StandardCharsets.UTF_8));
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A random position just after an opening quote, or anywhere when there is none. */
  private static int insideString(byte[] body, SplittableRandom random) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < body.length; i++) {
      if (body[i] == '"') {
        quotes.add(i + 1);
      }
    }
    return quotes.isEmpty() ? random.nextInt(body.length + 1) : quotes.get(random.nextInt(quotes.size()));
  }

  private static byte[] splice(byte[] body, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + insert.length);
    out.write(body, 0, at);
    out.write(insert, 0, insert.length);
    out.write(body, at + remove, body.length - at - remove);
    return out.toByteArray();
  }

  /** Printable random text of letters, digits and a few punctuation marks. */
  public static String randomText(SplittableRandom random, int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.:/";
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 24 ? text.substring(0, 24) + "…" : text;
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder("'");
    for (char c : abbreviate(text).toCharArray()) {
      out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append('\'').toString();
  }
}
