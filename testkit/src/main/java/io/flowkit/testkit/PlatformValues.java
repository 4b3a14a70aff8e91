package io.flowkit.testkit;

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
 * message action inputs. Unlike {@link ValueWriter}, which never carries a password (a service
 * never sends one back), a password here travels in clear text, as the platform sends
 * configuration values; like {@link ValueWriter#inputs()}, a {@code null} object or list is not
 * provided ({@code null} object data) rather than empty.
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
    return add(ValueWriter.inputs().string(name, value));
  }

  /** A password (or any secret), sent as given. */
  public PlatformValues password(String name, String value) {
    values.add(EngineValue.scalar(name, ContentType.PASSWORD, value));
    return this;
  }

  public PlatformValues encrypted(String name, String value) {
    return add(ValueWriter.inputs().encrypted(name, value));
  }

  public PlatformValues content(String name, String value) {
    return add(ValueWriter.inputs().content(name, value));
  }

  public PlatformValues number(String name, Number value) {
    return add(ValueWriter.inputs().number(name, value));
  }

  public PlatformValues bool(String name, Boolean value) {
    return add(ValueWriter.inputs().bool(name, value));
  }

  public PlatformValues dateTime(String name, OffsetDateTime value) {
    return add(ValueWriter.inputs().dateTime(name, value));
  }

  public PlatformValues date(String name, LocalDate value) {
    return add(ValueWriter.inputs().date(name, value));
  }

  /** A scalar exactly as the platform might send it, e.g. {@code "TRUE"} or {@code ""}. */
  public PlatformValues raw(String name, ContentType type, String contentValue) {
    values.add(EngineValue.scalar(name, type, contentValue));
    return this;
  }

  public <T> PlatformValues object(String name, T value, FlowTypeCodec<T> codec) {
    return add(ValueWriter.inputs().object(name, value, codec));
  }

  public <T> PlatformValues list(String name, List<T> value, FlowTypeCodec<T> codec) {
    return add(ValueWriter.inputs().list(name, value, codec));
  }

  public List<EngineValue> build() {
    return List.copyOf(values);
  }

  private PlatformValues add(ValueWriter<EngineValue> writer) {
    values.addAll(writer.build());
    return this;
  }
}
