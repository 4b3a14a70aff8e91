package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.codec.CodecException;
import io.flowkit.runtime.codec.ConfigurationCodec;
import io.flowkit.runtime.codec.MissingValueException;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.EngineValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated configuration record and codec. */
class GeneratedConfigurationTest {

  private final CompiledCase orders = CompiledCase.orders();

  private static List<EngineValue> values() {
    return new ArrayList<>(
        List.of(
            EngineValue.scalar("API Key", ContentType.PASSWORD, "s3cr3t"),
            EngineValue.scalar("Region", ContentType.STRING, "EU"),
            EngineValue.scalar("Credit Limit", null, "2500.50"),
            EngineValue.scalar("Sandbox", ContentType.BOOLEAN, "True"),
            EngineValue.scalar("Go Live", ContentType.DATE_TIME, "2025-04-01T08:00:00+02:00")));
  }

  @SuppressWarnings("unchecked")
  private ConfigurationCodec<Object> codec() {
    return (ConfigurationCodec<Object>) orders.service("OrdersProbe", "service").configuration();
  }

  @Test
  void decodesEveryKindWithThePasswordAsPlainString() {
    Object configuration = codec().decode(values());

    assertThat(configuration)
        .isEqualTo(
            orders.record(
                "OrdersConfiguration", "s3cr3t", "EU", new BigDecimal("2500.50"), true,
                OffsetDateTime.of(2025, 4, 1, 6, 0, 0, 0, ZoneOffset.UTC)));
  }

  @Test
  void aMissingRequiredValueFailsNamingIt() {
    List<EngineValue> withoutKey = values();
    withoutKey.remove(0);
    List<EngineValue> emptyLimit = values();
    emptyLimit.set(2, EngineValue.scalar("Credit Limit", ContentType.NUMBER, ""));

    assertThatThrownBy(() -> codec().decode(withoutKey))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).path())
        .isEqualTo("API Key");
    assertThatThrownBy(() -> codec().decode(emptyLimit))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).path())
        .isEqualTo("Credit Limit");
  }

  @Test
  void optionalValuesMayBeAbsent() {
    List<EngineValue> required = values().subList(0, 3).stream().filter(v -> !v.developerName().equals("Region")).toList();

    Object configuration = codec().decode(required);

    assertThat(CompiledCase.component(configuration, "region")).isNull();
    assertThat(CompiledCase.component(configuration, "sandbox")).isNull();
  }

  @Test
  void aValueOfTheWrongShapeFailsNamingIt() {
    List<EngineValue> values = values();
    values.set(3, EngineValue.scalar("Sandbox", ContentType.BOOLEAN, "maybe"));

    assertThatThrownBy(() -> codec().decode(values))
        .isInstanceOf(CodecException.class)
        .extracting(e -> ((CodecException) e).path())
        .isEqualTo("Sandbox");
  }

  @Test
  void toStringNeverShowsThePassword() {
    Object configuration = codec().decode(values());

    assertThat(configuration.toString())
        .doesNotContain("s3cr3t")
        .isEqualTo(
            "OrdersConfiguration[apiKey=****, region=EU, creditLimit=2500.50, sandbox=true, goLive=2025-04-01T06:00Z]");
  }

  @Test
  void aServiceWithoutConfigurationValuesDecodesAnEmptyRecord() {
    Object configuration = CompiledCase.catalog().service("CatalogProbe", "service").configuration().decode(List.of());

    assertThat(configuration).isEqualTo(CompiledCase.catalog().record("CatalogConfiguration"));
  }
}
