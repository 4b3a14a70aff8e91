package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.query.QueryField;
import io.flowkit.runtime.service.DataAction;
import io.flowkit.runtime.service.DataActionBinding;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementBinding;
import io.flowkit.runtime.wire.TypeElementProperty;
import io.flowkit.runtime.wire.TypeElementPropertyBinding;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** The data action type {@code Ticket}: record, field enum, codec, binding. */
public record Ticket(String id, String title, BigDecimal priority, Boolean open, OffsetDateTime created) {

  public static final String TYPE_NAME = "Ticket";

  /** The generated field enum. */
  public enum Field implements QueryField<Ticket> {
    ID("id", ContentType.STRING, Ticket::id),
    TITLE("title", ContentType.STRING, Ticket::title),
    PRIORITY("priority", ContentType.NUMBER, Ticket::priority),
    OPEN("open", ContentType.BOOLEAN, Ticket::open),
    CREATED("created", ContentType.DATE_TIME, Ticket::created);

    private final String fieldName;
    private final ContentType contentType;
    private final Function<Ticket, Object> accessor;

    Field(String fieldName, ContentType contentType, Function<Ticket, Object> accessor) {
      this.fieldName = fieldName;
      this.contentType = contentType;
      this.accessor = accessor;
    }

    @Override
    public String fieldName() {
      return fieldName;
    }

    @Override
    public ContentType contentType() {
      return contentType;
    }

    @Override
    public Object valueOf(Ticket record) {
      return accessor.apply(record);
    }
  }

  public Ticket withId(String newId) {
    return new Ticket(newId, title, priority, open, created);
  }

  public static final TypeElement TYPE =
      TypeElement.of(
          TYPE_NAME, "The Ticket object structure",
          List.of(
              TypeElementProperty.of("created", ContentType.DATE_TIME, null),
              TypeElementProperty.of("id", ContentType.STRING, null),
              TypeElementProperty.of("open", ContentType.BOOLEAN, null),
              TypeElementProperty.of("priority", ContentType.NUMBER, null),
              TypeElementProperty.of("title", ContentType.STRING, null)),
          List.of(
              TypeElementBinding.of(
                  "Ticket Binding", "The Ticket object structure", TYPE_NAME,
                  List.of(
                      TypeElementPropertyBinding.of("created", "created"),
                      TypeElementPropertyBinding.of("id", "id"),
                      TypeElementPropertyBinding.of("open", "open"),
                      TypeElementPropertyBinding.of("priority", "priority"),
                      TypeElementPropertyBinding.of("title", "title")))));

  public static final FlowTypeCodec<Ticket> CODEC =
      new FlowTypeCodec<>() {
        @Override
        public String typeName() {
          return TYPE_NAME;
        }

        @Override
        public MObject encode(Ticket value) {
          return MObject.of(
              TYPE_NAME, value.id(),
              ValueWriter.properties()
                  .dateTime("created", value.created())
                  .string("id", value.id())
                  .bool("open", value.open())
                  .number("priority", value.priority())
                  .string("title", value.title())
                  .build());
        }

        @Override
        public Ticket decode(MObject object) {
          ValueReader reader = ValueReader.of(object);
          String id = reader.string("id");
          if (id == null && object.externalId() != null && !object.externalId().isEmpty()) {
            id = object.externalId();
          }
          return new Ticket(id, reader.string("title"), reader.decimal("priority"), reader.bool("open"), reader.dateTime("created"));
        }
      };

  /** Implemented by the user. */
  public interface Data extends DataAction<OrdersConfiguration, Ticket, Field> {}

  static DataActionBinding<OrdersConfiguration, Ticket, Field> binding(Data implementation) {
    return new DataActionBinding<>(TYPE_NAME, CODEC, List.of(Field.values()), implementation);
  }
}
