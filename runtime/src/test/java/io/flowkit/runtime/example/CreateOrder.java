package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.service.MessageAction;
import io.flowkit.runtime.service.MessageActionBinding;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The message action {@code Create Order}: its records, codecs, description and interface. */
public final class CreateOrder {

  private CreateOrder() {}

  public static final String URI_PART = "actions/create-order";

  public record Request(String customerName, Address address, List<OrderLine> lines, LocalDate deliveryDate, Boolean express) {}

  public record Confirmation(String code, String message) {
    public static final String TYPE_NAME = "Create Order RESPONSE - confirmation";

    public static final TypeElement TYPE =
        TypeElement.of(
            TYPE_NAME, "The " + TYPE_NAME + " object structure",
            List.of(
                TypeElementProperty.of("code", ContentType.STRING, null),
                TypeElementProperty.of("message", ContentType.STRING, null)),
            List.of());

    public static final FlowTypeCodec<Confirmation> CODEC =
        new FlowTypeCodec<>() {
          @Override
          public String typeName() {
            return TYPE_NAME;
          }

          @Override
          public MObject encode(Confirmation value) {
            return MObject.of(TYPE_NAME, null, ValueWriter.properties().string("code", value.code()).string("message", value.message()).build());
          }

          @Override
          public Confirmation decode(MObject object) {
            ValueReader reader = ValueReader.of(object);
            return new Confirmation(reader.string("code"), reader.string("message"));
          }
        };
  }

  public record Response(String orderId, BigDecimal total, OffsetDateTime createdAt, Boolean accepted, Confirmation confirmation) {}

  /** Implemented by the user. */
  public interface Action extends MessageAction<OrdersConfiguration, Request, Response> {}

  public static final ActionDescription DESCRIPTION =
      ActionDescription.of(
          URI_PART, "Create Order", "Places an order",
          List.of(
              DescribeValue.of("address", ContentType.OBJECT, Address.TYPE_NAME, false, 0),
              DescribeValue.of("customerName", ContentType.STRING, null, true, 1),
              DescribeValue.of("deliveryDate", ContentType.DATE_TIME, null, false, 2),
              DescribeValue.of("express", ContentType.BOOLEAN, null, false, 3),
              DescribeValue.of("lines", ContentType.LIST, OrderLine.TYPE_NAME, false, 4)),
          List.of(
              DescribeValue.of("accepted", ContentType.BOOLEAN, null, false, 0),
              DescribeValue.of("confirmation", ContentType.OBJECT, Confirmation.TYPE_NAME, false, 1),
              DescribeValue.of("createdAt", ContentType.DATE_TIME, null, false, 2),
              DescribeValue.of("orderId", ContentType.STRING, null, false, 3),
              DescribeValue.of("total", ContentType.NUMBER, null, false, 4)));

  static Request decodeInputs(List<EngineValue> inputs) {
    ValueReader reader = ValueReader.of(inputs);
    return new Request(
        reader.required("customerName", reader.string("customerName")),
        reader.object("address", Address.CODEC),
        reader.list("lines", OrderLine.CODEC),
        reader.date("deliveryDate"),
        reader.bool("express"));
  }

  static List<EngineValue> encodeOutputs(Response response) {
    return ValueWriter.engineValues()
        .bool("accepted", response.accepted())
        .object("confirmation", response.confirmation(), Confirmation.CODEC)
        .dateTime("createdAt", response.createdAt())
        .string("orderId", response.orderId())
        .number("total", response.total())
        .build();
  }

  /** The platform's side, as a generated action codec has it: the request as the inputs Flow sends. */
  public static List<EngineValue> encodeInputs(Request request) {
    return ValueWriter.inputs()
        .object("address", request.address(), Address.CODEC)
        .string("customerName", request.customerName())
        .date("deliveryDate", request.deliveryDate())
        .bool("express", request.express())
        .list("lines", request.lines(), OrderLine.CODEC)
        .build();
  }

  /** The platform's side: outputs to the response, not enforcing required outputs. */
  public static Response decodeOutputs(List<EngineValue> outputs) {
    ValueReader reader = ValueReader.of(outputs);
    return new Response(
        reader.string("orderId"),
        reader.decimal("total"),
        reader.dateTime("createdAt"),
        reader.bool("accepted"),
        reader.object("confirmation", Confirmation.CODEC));
  }

  static MessageActionBinding<OrdersConfiguration, Request, Response> binding(Action implementation) {
    return new MessageActionBinding<>(DESCRIPTION, CreateOrder::decodeInputs, CreateOrder::encodeOutputs, implementation, null);
  }
}
