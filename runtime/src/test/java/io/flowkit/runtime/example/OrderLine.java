package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementProperty;
import java.math.BigDecimal;
import java.util.List;

/** Flow type {@code Create Order REQUEST - lines}. */
public record OrderLine(String sku, Long quantity, BigDecimal price) {

  public static final String TYPE_NAME = "Create Order REQUEST - lines";

  public static final TypeElement TYPE =
      TypeElement.of(
          TYPE_NAME, "The " + TYPE_NAME + " object structure",
          List.of(
              TypeElementProperty.of("price", ContentType.NUMBER, null),
              TypeElementProperty.of("quantity", ContentType.NUMBER, null),
              TypeElementProperty.of("sku", ContentType.STRING, null)),
          List.of());

  public static final FlowTypeCodec<OrderLine> CODEC =
      new FlowTypeCodec<>() {
        @Override
        public String typeName() {
          return TYPE_NAME;
        }

        @Override
        public MObject encode(OrderLine value) {
          return MObject.of(
              TYPE_NAME, null,
              ValueWriter.properties()
                  .number("price", value.price())
                  .number("quantity", value.quantity())
                  .string("sku", value.sku())
                  .build());
        }

        @Override
        public OrderLine decode(MObject object) {
          ValueReader reader = ValueReader.of(object);
          return new OrderLine(reader.required("sku", reader.string("sku")), reader.integer("quantity"), reader.decimal("price"));
        }
      };
}
