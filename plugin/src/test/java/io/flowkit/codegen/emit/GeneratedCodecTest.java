package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.codec.CodecException;
import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The generated type codecs, compiled and run: record → MObject → record. */
class GeneratedCodecTest {

  private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC);

  private final CompiledCase orders = CompiledCase.orders();
  private final CompiledCase catalog = CompiledCase.catalog();

  @Nested
  class Scalars {

    @Test
    void everyKindRoundTripsAndIsWrittenAsFlowEncodesIt() {
      Object ticket =
          orders.record(
              "Ticket", "jdoe", CREATED, false, "T-1001", 3L, "OPEN", "Printer offline");
      FlowTypeCodec<Object> codec = orders.codec("Ticket");

      MObject wire = codec.encode(ticket);

      assertThat(wire.developerName()).isEqualTo("Ticket");
      assertThat(values(wire))
          .containsExactly(
              Map.entry("Assigned To", "jdoe"),
              Map.entry("createdAt", "2025-03-14T09:30:00.000Z"),
              Map.entry("escalated", "false"),
              Map.entry("id", "T-1001"),
              Map.entry("priority", "3"),
              Map.entry("status", "OPEN"),
              Map.entry("subject", "Printer offline"));
      assertThat(contentTypes(wire))
          .containsExactly(
              ContentType.STRING, ContentType.DATE_TIME, ContentType.BOOLEAN, ContentType.STRING,
              ContentType.NUMBER, ContentType.STRING, ContentType.STRING);
      assertThat(codec.decode(wire)).isEqualTo(ticket);
    }

    @Test
    void aStringCarryingJsonTextRoundTripsUnchanged() {
      // the JSON-text fallback (issue 8): a ContentString whose value is the JSON of a free-form object
      String json = "{\"labels\": [\"a\", \"b \\\"quoted\\\"\"],\n \"n\": 1.50, \"none\": null}";
      Object ticket = orders.record("Ticket", null, null, null, "T-1", null, null, json);
      FlowTypeCodec<Object> codec = orders.codec("Ticket");

      MObject wire = codec.encode(ticket);

      assertThat(values(wire)).containsEntry("subject", json);
      assertThat(codec.decode(wire)).isEqualTo(ticket);
    }

    @Test
    void nullsAreWrittenAsNoValueAndReadBackAsNull() {
      Object empty = orders.record("Ticket", null, null, null, null, null, null, null);
      FlowTypeCodec<Object> codec = orders.codec("Ticket");

      MObject wire = codec.encode(empty);

      assertThat(wire.externalId()).isNull();
      assertThat(wire.properties()).hasSize(7).allSatisfy(p -> assertThat(p.contentValue()).isNull());
      assertThat(codec.decode(wire)).isEqualTo(empty);
    }

    @Test
    void emptyStringsOnTheWireMeanNoValue() {
      MObject wire =
          MObject.of(
              "Ticket", "",
              List.of(
                  Property.scalar("subject", ContentType.STRING, ""),
                  Property.scalar("priority", ContentType.NUMBER, ""),
                  Property.scalar("escalated", ContentType.BOOLEAN, ""),
                  Property.scalar("createdAt", ContentType.DATE_TIME, "")));

      Object ticket = orders.codec("Ticket").decode(wire);

      assertThat(ticket).isEqualTo(orders.record("Ticket", null, null, null, null, null, null, null));
    }

    @Test
    void dateTimesAreWrittenInUtcWithMillisecondsAndReadAsTheSameInstant() {
      OffsetDateTime inParis = OffsetDateTime.of(2025, 3, 14, 10, 30, 15, 123_456_789, ZoneOffset.ofHours(1));
      FlowTypeCodec<Object> codec = orders.codec("Ticket");

      MObject wire = codec.encode(orders.record("Ticket", null, inParis, null, "T-1", null, null, null));
      OffsetDateTime read = (OffsetDateTime) CompiledCase.component(codec.decode(wire), "createdAt");

      assertThat(value(wire, "createdAt")).isEqualTo("2025-03-14T09:30:15.123Z");
      assertThat(read).isEqualTo(OffsetDateTime.of(2025, 3, 14, 9, 30, 15, 123_000_000, ZoneOffset.UTC));
    }

    @Test
    void datesAreMidnightUtcOnTheWireAndTheUtcDayWhenRead() {
      Object page = catalog.record("Page", 7L, "front", LocalDate.of(2025, 3, 14), null, "Cover");
      FlowTypeCodec<Object> codec = catalog.codec("Page");

      MObject wire = codec.encode(page);

      assertThat(value(wire, "published")).isEqualTo("2025-03-14T00:00:00.000Z");
      assertThat(codec.decode(wire)).isEqualTo(page);
      MObject late =
          MObject.of("Page", "7", List.of(Property.scalar("published", ContentType.DATE_TIME, "2025-03-14T23:30:00-02:00")));
      assertThat(CompiledCase.component(codec.decode(late), "published")).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void bigDecimalsAreWrittenInPlainNotation() {
      FlowTypeCodec<Object> codec = orders.codec("CreateOrderRequestLines");
      BigDecimal huge = new BigDecimal("123456789012345678.99");

      MObject exponent = codec.encode(orders.record("CreateOrderRequestLines", 1L, null, "AB-1", new BigDecimal("1E+3")));
      MObject tiny = codec.encode(orders.record("CreateOrderRequestLines", 1L, null, "AB-1", new BigDecimal("1E-8")));
      Object line = orders.record("CreateOrderRequestLines", Long.MAX_VALUE, null, "AB-1", huge);

      assertThat(value(exponent, "unitPrice")).isEqualTo("1000");
      assertThat(value(tiny, "unitPrice")).isEqualTo("0.00000001");
      assertThat(value(codec.encode(line), "unitPrice")).isEqualTo("123456789012345678.99");
      assertThat(value(codec.encode(line), "quantity")).isEqualTo("9223372036854775807");
      assertThat(codec.decode(codec.encode(line))).isEqualTo(line);
    }

    @Test
    void integersAcceptWholeDecimalsAndRejectFractionsNamingTheProperty() {
      FlowTypeCodec<Object> codec = orders.codec("CreateOrderRequestLines");

      Object whole = codec.decode(wireLine("3.0"));

      assertThat(CompiledCase.component(whole, "quantity")).isEqualTo(3L);
      assertThatThrownBy(() -> codec.decode(wireLine("3.5")))
          .isInstanceOf(CodecException.class)
          .extracting(e -> ((CodecException) e).path())
          .isEqualTo("quantity");
    }

    @Test
    void notANumberAndInfinityAreRejectedNamingTheProperty() {
      FlowTypeCodec<Object> codec = orders.codec("CreateOrderRequestLines");

      for (String notANumber : List.of("NaN", "Infinity", "-Infinity", "1,5")) {
        MObject wire = MObject.of("Create Order REQUEST - lines", null,
            List.of(Property.scalar("unitPrice", ContentType.NUMBER, notANumber)));
        assertThatThrownBy(() -> codec.decode(wire)).as(notANumber)
            .isInstanceOf(CodecException.class)
            .extracting(e -> ((CodecException) e).path())
            .isEqualTo("unitPrice");
      }
    }

    @Test
    void booleansAreLowerCaseOnTheWireAndReadIgnoringCase() {
      FlowTypeCodec<Object> codec = orders.codec("Ticket");

      MObject wire = codec.encode(orders.record("Ticket", null, null, true, "T-1", null, null, null));
      MObject shouted = MObject.of("Ticket", "T-1", List.of(Property.scalar("escalated", ContentType.BOOLEAN, "TRUE")));

      assertThat(value(wire, "escalated")).isEqualTo("true");
      assertThat(CompiledCase.component(codec.decode(shouted), "escalated")).isEqualTo(true);
    }

    private MObject wireLine(String quantity) {
      return MObject.of(
          "Create Order REQUEST - lines", null, List.of(Property.scalar("quantity", ContentType.NUMBER, quantity)));
    }
  }

  @Nested
  class Enums {

    @Test
    void enumsTravelAsTheirFlowValues() {
      Object onHold = catalog.constant("ItemStatus", "ON_HOLD");
      Object page = catalog.record("Page", 1L, null, null, onHold, null);
      FlowTypeCodec<Object> codec = catalog.codec("Page");

      MObject wire = codec.encode(page);

      assertThat(value(wire, "status")).isEqualTo("on hold");
      assertThat(codec.decode(wire)).isEqualTo(page);
    }

    @Test
    void anUnknownValueFailsNamingThePropertyAndTheAllowedValuesButNotTheValue() {
      MObject wire = MObject.of("Page", "1", List.of(Property.scalar("status", ContentType.STRING, "archived")));

      assertThatThrownBy(() -> catalog.codec("Page").decode(wire))
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("status")
          .hasMessageContaining("'active', 'on hold', 'Retired'")
          .hasMessageNotContaining("archived");
    }
  }

  @Nested
  class Structures {

    @Test
    void nestedObjectsRoundTrip() {
      Object address = orders.record("CreateOrderRequestAddress", "Leeds", "LS1 4AB", "1 Harbour Way");
      Object customer = orders.record("CreateOrderRequestCustomer", address, "C-77", "Acme Ltd");
      FlowTypeCodec<Object> codec = orders.codec("CreateOrderRequestCustomer");

      MObject wire = codec.encode(customer);

      Property addressProperty = property(wire, "address");
      assertThat(addressProperty.contentType()).isEqualTo(ContentType.OBJECT);
      assertThat(addressProperty.objectData()).singleElement().satisfies(o -> {
        assertThat(o.developerName()).isEqualTo("Create Order REQUEST - address");
        assertThat(values(o)).containsEntry("city", "Leeds");
      });
      assertThat(codec.decode(wire)).isEqualTo(customer);
    }

    @Test
    void aMissingObjectIsSentAsNoObjectsAndReadAsNull() {
      Object customer = orders.record("CreateOrderRequestCustomer", null, "C-77", "Acme Ltd");
      FlowTypeCodec<Object> codec = orders.codec("CreateOrderRequestCustomer");

      MObject wire = codec.encode(customer);

      assertThat(property(wire, "address").objectData()).isEmpty();
      assertThat(codec.decode(wire)).isEqualTo(customer);
    }

    @Test
    void recursiveListsOfObjectsWithNestedListsRoundTripInOrder() {
      Object weights = catalog.record("BrowseResponseWeights", new BigDecimal("0.5"));
      Object heavy = catalog.record("BrowseResponseWeights", new BigDecimal("2"));
      Object tag = catalog.record("BrowseResponseTags", "new", List.of(weights, heavy));
      Object empty = catalog.record("BrowseResponseTags", "none", List.of());
      Object active = catalog.constant("ItemStatus", "ACTIVE");
      Object leaf = catalog.record("BrowseResponseNode", List.of(), "leaf", LocalDate.of(2025, 1, 2), active, List.of(tag));
      Object middle = catalog.record("BrowseResponseNode", List.of(leaf), "middle", null, null, List.of(empty, tag));
      Object root = catalog.record("BrowseResponseNode", List.of(middle, leaf), "root", null, null, List.of());
      FlowTypeCodec<Object> codec = catalog.codec("BrowseResponseNode");

      MObject wire = codec.encode(root);

      Property children = property(wire, "children");
      assertThat(children.contentType()).isEqualTo(ContentType.LIST);
      assertThat(children.objectData()).extracting(MObject::order).containsExactly(0, 1);
      assertThat(children.objectData()).extracting(o -> value(o, "name")).containsExactly("middle", "leaf");
      assertThat(codec.decode(wire)).isEqualTo(root);
    }

    @Test
    void aNullListIsSentEmptyAndReadAsAnEmptyList() {
      Object node = catalog.record("BrowseResponseNode", null, "alone", null, null, null);
      FlowTypeCodec<Object> codec = catalog.codec("BrowseResponseNode");

      MObject wire = codec.encode(node);

      assertThat(property(wire, "children").objectData()).isEmpty();
      assertThat(CompiledCase.component(codec.decode(wire), "children")).isEqualTo(List.of());
    }

    @Test
    void recordsCopyTheirListsSoTheyStayValues() {
      List<Object> tags = new java.util.ArrayList<>();
      Object node = catalog.record("BrowseResponseNode", List.of(), "n", null, null, tags);

      tags.add(catalog.record("BrowseResponseTags", "late", List.of()));

      assertThat((List<?>) CompiledCase.component(node, "tags")).isEmpty();
    }

    @Test
    void aBadValueDeepInsideNamesItsPath() {
      MObject weight =
          MObject.of("Browse RESPONSE - weights", null, List.of(Property.scalar("value", ContentType.NUMBER, "heavy")));
      MObject tag =
          MObject.of(
              "Browse RESPONSE - tags", null,
              List.of(Property.structured("weights", ContentType.LIST, List.of(weight, weight))));
      MObject node =
          MObject.of("Browse RESPONSE - node", null, List.of(Property.structured("tags", ContentType.LIST, List.of(tag))));

      assertThatThrownBy(() -> catalog.codec("BrowseResponseNode").decode(node))
          .isInstanceOf(CodecException.class)
          .extracting(e -> ((CodecException) e).path())
          .isEqualTo("tags[0].weights[0].value");
    }
  }

  @Nested
  class Identifiers {

    @Test
    void theDataIdentifierIsTheExternalId() {
      MObject wire = orders.codec("Ticket").encode(orders.record("Ticket", null, null, null, "T-7", null, null, null));

      assertThat(wire.externalId()).isEqualTo("T-7");
      assertThat(value(wire, "id")).isEqualTo("T-7");
    }

    @Test
    void anAbsentOrEmptyIdPropertyIsReadFromTheExternalId() {
      FlowTypeCodec<Object> codec = orders.codec("Ticket");
      MObject withoutProperty =
          MObject.of("Ticket", "T-9", List.of(Property.scalar("subject", ContentType.STRING, "x")));
      MObject withEmptyProperty =
          MObject.of("Ticket", "T-9", List.of(Property.scalar("id", ContentType.STRING, "")));
      MObject withBoth = MObject.of("Ticket", "T-9", List.of(Property.scalar("id", ContentType.STRING, "T-1")));
      MObject withNeither = MObject.of("Ticket", "", List.of());

      assertThat(CompiledCase.component(codec.decode(withoutProperty), "id")).isEqualTo("T-9");
      assertThat(CompiledCase.component(codec.decode(withEmptyProperty), "id")).isEqualTo("T-9");
      assertThat(CompiledCase.component(codec.decode(withBoth), "id")).isEqualTo("T-1");
      assertThat(CompiledCase.component(codec.decode(withNeither), "id")).isNull();
    }

    @Test
    void aNumericIdentifierIsEncodedAsANumberBothWays() {
      FlowTypeCodec<Object> codec = catalog.codec("Page");

      MObject wire = codec.encode(catalog.record("Page", 42L, null, null, null, null));
      Object fromExternalId = codec.decode(MObject.of("Page", "7", List.of()));

      assertThat(wire.externalId()).isEqualTo("42");
      assertThat(CompiledCase.component(fromExternalId, "pageNumber")).isEqualTo(7L);
      assertThatThrownBy(() -> codec.decode(MObject.of("Page", "seven", List.of())))
          .isInstanceOf(CodecException.class)
          .extracting(e -> ((CodecException) e).path())
          .isEqualTo("Page Number");
    }

    @Test
    void aFileTypeCarriesItsExternalIdProperty() {
      Object file =
          orders.record("ReceiptFile", CREATED, "https://files/1", "abc", "application/pdf", "a.pdf", "s3://b/1", List.of());
      FlowTypeCodec<Object> codec = orders.codec("ReceiptFile");

      MObject wire = codec.encode(file);

      assertThat(wire.developerName()).isEqualTo("$File RESPONSE - Receipt");
      assertThat(wire.externalId()).isEqualTo("s3://b/1");
      assertThat(codec.decode(wire)).isEqualTo(file);
    }

    @Test
    void typesWithoutIdentifierHaveNoExternalId() {
      MObject wire = orders.codec("CreateOrderResponseWarnings").encode(orders.record("CreateOrderResponseWarnings", "W01", "x"));

      assertThat(wire.externalId()).isNull();
    }
  }

  static Map<String, String> values(MObject object) {
    return object.properties().stream()
        .collect(Collectors.toMap(Property::developerName, p -> String.valueOf(p.contentValue()), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  static List<ContentType> contentTypes(MObject object) {
    return object.properties().stream().map(Property::contentType).toList();
  }

  static String value(MObject object, String name) {
    return property(object, name).contentValue();
  }

  static Property property(MObject object, String name) {
    return object.properties().stream()
        .filter(p -> p.developerName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No property " + name + " in " + Arrays.toString(object.properties().toArray())));
  }
}
