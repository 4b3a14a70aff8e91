package io.flowkit.runtime.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.Address;
import io.flowkit.runtime.example.OrderLine;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueReaderWriterTest {

  @Test
  void scalarsRoundTripThroughTheirStringForms() {
    List<EngineValue> values =
        ValueWriter.engineValues()
            .string("s", "text")
            .number("n", new BigDecimal("12.50"))
            .bool("b", false)
            .dateTime("d", OffsetDateTime.parse("2024-01-02T03:04:05.006+01:00"))
            .date("day", LocalDate.of(2024, 1, 2))
            .build();

    ValueReader reader = ValueReader.of(values);

    assertThat(values).extracting(EngineValue::contentValue)
        .containsExactly("text", "12.50", "false", "2024-01-02T02:04:05.006Z", "2024-01-02T00:00:00.000Z");
    assertThat(reader.string("s")).isEqualTo("text");
    assertThat(reader.decimal("n")).isEqualByComparingTo("12.5");
    assertThat(reader.bool("b")).isFalse();
    assertThat(reader.dateTime("d").toInstant()).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05.006+01:00").toInstant());
    assertThat(reader.date("day")).isEqualTo(LocalDate.of(2024, 1, 2));
  }

  @Test
  void passwordsAreNeverWrittenBack() {
    List<Property> properties = ValueWriter.properties().password("secret", "hunter2").build();

    assertThat(properties).singleElement().satisfies(p -> {
      assertThat(p.contentType()).isEqualTo(ContentType.PASSWORD);
      assertThat(p.contentValue()).isNull();
    });
  }

  @Test
  void objectsAndListsTravelInObjectData() {
    List<EngineValue> values =
        ValueWriter.engineValues()
            .object("address", new Address("Main St", "Town"), Address.CODEC)
            .object("none", null, Address.CODEC)
            .list("lines", List.of(new OrderLine("a", 1L, BigDecimal.ONE), new OrderLine("b", 2L, BigDecimal.TEN)), OrderLine.CODEC)
            .list("empty", List.of(), OrderLine.CODEC)
            .build();

    assertThat(values.get(0).contentValue()).isNull();
    assertThat(values.get(0).objectData()).hasSize(1);
    assertThat(values.get(0).typeElementDeveloperName()).isEqualTo(Address.TYPE_NAME);
    assertThat(values.get(1).objectData()).isEmpty();
    assertThat(values.get(2).objectData()).extracting(MObject::order).containsExactly(0, 1);
    assertThat(values.get(3).objectData()).isNotNull().isEmpty();

    ValueReader reader = ValueReader.of(values);
    assertThat(reader.object("address", Address.CODEC)).isEqualTo(new Address("Main St", "Town"));
    assertThat(reader.object("none", Address.CODEC)).isNull();
    assertThat(reader.list("lines", OrderLine.CODEC)).extracting(OrderLine::sku).containsExactly("a", "b");
    assertThat(reader.list("empty", OrderLine.CODEC)).isEmpty();
    assertThat(reader.list("absent", OrderLine.CODEC)).isNull();
  }

  @Test
  void inputsLeaveNullObjectsAndListsNotProvidedSoTheyReadBackAsNull() {
    List<EngineValue> inputs =
        ValueWriter.inputs()
            .object("none", null, Address.CODEC)
            .list("absent", null, OrderLine.CODEC)
            .list("empty", List.of(), OrderLine.CODEC)
            .password("secret", "hunter2")
            .build();
    List<EngineValue> outputs = ValueWriter.engineValues().list("absent", null, OrderLine.CODEC).build();

    assertThat(inputs).extracting(EngineValue::objectData).containsExactly(null, null, List.of(), null);
    assertThat(inputs.get(1).typeElementDeveloperName()).isEqualTo(OrderLine.TYPE_NAME);
    assertThat(inputs.get(3).contentValue()).as("passwords are never written by any ValueWriter").isNull();
    ValueReader reader = ValueReader.of(inputs);
    assertThat(reader.object("none", Address.CODEC)).isNull();
    assertThat(reader.list("absent", OrderLine.CODEC)).isNull();
    assertThat(reader.list("empty", OrderLine.CODEC)).isEmpty();
    assertThat(ValueReader.of(outputs).list("absent", OrderLine.CODEC)).as("a service's null list goes out empty").isEmpty();
  }

  @Test
  void namesMatchExactlyAndEmptyStringsReadAsNull() {
    ValueReader reader =
        ValueReader.of(List.of(EngineValue.scalar("Name", ContentType.STRING, ""), EngineValue.scalar("Count", ContentType.NUMBER, "")));

    assertThat(reader.has("Name")).isTrue();
    assertThat(reader.string("Name")).isNull();
    assertThat(reader.decimal("Count")).isNull();
    assertThat(reader.string("name")).isNull();
    assertThat(reader.has("name")).isFalse();
  }

  @Test
  void nestedProblemsNameTheirPath() {
    MObject badLine = MObject.of(OrderLine.TYPE_NAME, null, List.of(
        Property.scalar("sku", ContentType.STRING, "x"), Property.scalar("price", ContentType.NUMBER, "cheap")));
    ValueReader reader = ValueReader.of(List.of(EngineValue.structured("lines", ContentType.LIST, OrderLine.TYPE_NAME, List.of(badLine))));

    assertThatThrownBy(() -> reader.list("lines", OrderLine.CODEC))
        .isInstanceOfSatisfying(CodecException.class, e -> assertThat(e.path()).isEqualTo("lines[0].price"));
  }

  @Test
  void aMissingRequiredValueNamesItsPath() {
    MObject noSku = MObject.of(OrderLine.TYPE_NAME, null, List.of());
    ValueReader reader = ValueReader.of(List.of(EngineValue.structured("lines", ContentType.LIST, OrderLine.TYPE_NAME, List.of(noSku))));

    assertThatThrownBy(() -> reader.list("lines", OrderLine.CODEC))
        .isInstanceOfSatisfying(MissingValueException.class, e -> assertThat(e.path()).isEqualTo("lines[0].sku"));
  }

  @Test
  void enumsUseTheGeneratedParser() {
    ValueReader reader = ValueReader.of(List.of(EngineValue.scalar("colour", ContentType.STRING, "mauve")));

    assertThatThrownBy(() -> reader.enumValue("colour", text -> {
          throw new IllegalArgumentException("Unknown colour " + text);
        }))
        .isInstanceOfSatisfying(CodecException.class, e -> assertThat(e.getMessage()).contains("'colour'").contains("mauve"));
  }

  @Test
  void anObjectOrListSentAsAStringIsRefusedNamingWhatWasSent() {
    ValueReader reader = ValueReader.of(List.of(
        EngineValue.scalar("items", ContentType.STRING, "978-0-201-63361-0"),
        EngineValue.scalar("member", ContentType.STRING, "Ada"),
        EngineValue.scalar("blank", ContentType.LIST, "")));

    assertThatThrownBy(() -> reader.list("items", OrderLine.CODEC))
        .isExactlyInstanceOf(CodecException.class)
        .hasMessage("'items': is a list, sent as a ContentString content value without objectData");
    assertThatThrownBy(() -> reader.object("member", Address.CODEC))
        .isExactlyInstanceOf(CodecException.class)
        .hasMessageContaining("'member': is an object, sent as a ContentString");
    // a list sent as "" without objects is still not provided
    assertThat(reader.list("blank", OrderLine.CODEC)).isNull();
    assertThat(reader.object("blank", Address.CODEC)).isNull();
  }
}
