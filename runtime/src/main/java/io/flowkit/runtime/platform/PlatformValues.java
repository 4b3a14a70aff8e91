package io.flowkit.runtime.platform;

import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.EngineValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds engine values the way the platform sends them to a service: configuration values and
 * message action inputs. Unlike {@link ValueWriter}, which writes what a service sends back (and so
 * never carries a password), a password here travels in clear text, as the platform sends
 * configuration values.
 *
 * <pre>{@code
 * List<EngineValue> configuration = PlatformValues.create()
 *     .password("API Key", "s3cr3t")
 *     .string("Region", "eu-west")
 *     .build();
 * }</pre>
 */
public final class PlatformValues {

  private final List<EngineValue> values = new ArrayList<>();

  private PlatformValues() {}

  public static PlatformValues create() {
    return new PlatformValues();
  }

  public PlatformValues string(String name, String value) {
    return add(ValueWriter.engineValues().string(name, value));
  }

  /** A password (or any secret), sent as given. */
  public PlatformValues password(String name, String value) {
    values.add(EngineValue.scalar(name, ContentType.PASSWORD, value));
    return this;
  }

  public PlatformValues encrypted(String name, String value) {
    return add(ValueWriter.engineValues().encrypted(name, value));
  }

  public PlatformValues content(String name, String value) {
    return add(ValueWriter.engineValues().content(name, value));
  }

  public PlatformValues number(String name, Number value) {
    return add(ValueWriter.engineValues().number(name, value));
  }

  public PlatformValues bool(String name, Boolean value) {
    return add(ValueWriter.engineValues().bool(name, value));
  }

  public PlatformValues dateTime(String name, OffsetDateTime value) {
    return add(ValueWriter.engineValues().dateTime(name, value));
  }

  public PlatformValues date(String name, LocalDate value) {
    return add(ValueWriter.engineValues().date(name, value));
  }

  /** A scalar exactly as the platform might send it, e.g. {@code "TRUE"} or {@code ""}. */
  public PlatformValues raw(String name, ContentType type, String contentValue) {
    values.add(EngineValue.scalar(name, type, contentValue));
    return this;
  }

  public <T> PlatformValues object(String name, T value, FlowTypeCodec<T> codec) {
    return add(ValueWriter.engineValues().object(name, value, codec));
  }

  public <T> PlatformValues list(String name, List<T> value, FlowTypeCodec<T> codec) {
    return add(ValueWriter.engineValues().list(name, value, codec));
  }

  public List<EngineValue> build() {
    return List.copyOf(values);
  }

  private PlatformValues add(ValueWriter<EngineValue> writer) {
    values.addAll(writer.build());
    return this;
  }
}
