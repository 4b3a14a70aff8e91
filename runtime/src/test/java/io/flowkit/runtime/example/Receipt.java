package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.service.FileResource;
import io.flowkit.runtime.service.FileResourceBinding;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementProperty;
import java.util.List;

/** The file resource {@code Receipt}: its {@code $File RESPONSE - Receipt} record and codec. */
public record Receipt(String id, String name, String mimeType, String description) {

  public static final String TYPE_NAME = "$File RESPONSE - Receipt";

  public static final TypeElement TYPE =
      TypeElement.of(
          TYPE_NAME, "The " + TYPE_NAME + " object structure",
          List.of(
              TypeElementProperty.of("Description", ContentType.STRING, null),
              TypeElementProperty.of("Id", ContentType.STRING, null),
              TypeElementProperty.of("Mime Type", ContentType.STRING, null),
              TypeElementProperty.of("Name", ContentType.STRING, null)),
          List.of());

  public static final FlowTypeCodec<Receipt> CODEC =
      new FlowTypeCodec<>() {
        @Override
        public String typeName() {
          return TYPE_NAME;
        }

        @Override
        public MObject encode(Receipt value) {
          return MObject.of(
              TYPE_NAME, value.id(),
              ValueWriter.properties()
                  .string("Description", value.description())
                  .string("Id", value.id())
                  .string("Mime Type", value.mimeType())
                  .string("Name", value.name())
                  .build());
        }

        @Override
        public Receipt decode(MObject object) {
          ValueReader reader = ValueReader.of(object);
          String id = reader.string("Id");
          return new Receipt(id == null ? object.externalId() : id, reader.string("Name"), reader.string("Mime Type"), reader.string("Description"));
        }
      };

  /** Implemented by the user. */
  public interface Files extends FileResource<OrdersConfiguration, Receipt> {}

  static FileResourceBinding<OrdersConfiguration, Receipt> binding(Files implementation) {
    return new FileResourceBinding<>("Receipt", "/file", CODEC, implementation);
  }
}
