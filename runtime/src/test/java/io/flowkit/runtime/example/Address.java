package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementProperty;
import java.util.List;

/** Flow type {@code Create Order REQUEST - address}. */
public record Address(String street, String city) {

  public static final String TYPE_NAME = "Create Order REQUEST - address";

  public static final TypeElement TYPE =
      TypeElement.of(
          TYPE_NAME, "The " + TYPE_NAME + " object structure",
          List.of(
              TypeElementProperty.of("city", ContentType.STRING, null),
              TypeElementProperty.of("street", ContentType.STRING, null)),
          List.of());

  public static final FlowTypeCodec<Address> CODEC =
      new FlowTypeCodec<>() {
        @Override
        public String typeName() {
          return TYPE_NAME;
        }

        @Override
        public MObject encode(Address value) {
          return MObject.of(
              TYPE_NAME, null, ValueWriter.properties().string("city", value.city()).string("street", value.street()).build());
        }

        @Override
        public Address decode(MObject object) {
          ValueReader reader = ValueReader.of(object);
          return new Address(reader.string("street"), reader.string("city"));
        }
      };
}
