package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.ConfigurationCodec;
import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.query.QueryField;
import io.flowkit.runtime.service.ActionContext;
import io.flowkit.runtime.service.DataAction;
import io.flowkit.runtime.service.DataActionBinding;
import io.flowkit.runtime.service.FlowService;
import io.flowkit.runtime.service.MessageActionBinding;
import io.flowkit.runtime.service.OperationNotSupportedException;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.Property;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementBinding;
import io.flowkit.runtime.wire.TypeElementProperty;
import io.flowkit.runtime.wire.TypeElementPropertyBinding;
import java.util.List;
import java.util.Optional;

/**
 * A second, deliberately awkward service written by hand rather than as generated code is: its
 * outputs are built as raw engine values (scalars with {@code null} object data, a password with its
 * value), its action metadata is unsorted and its uri parts carry slashes, and its data action offers
 * only {@code get}. It shows that the runtime, not the codec, keeps answers conformant.
 */
public final class ToolsService {

  public static final String PATH = "/fs/tools";
  public static final String ECHO = "actions/tools/echo";
  public static final String LONG_PROBLEM = "actions/tools/long-problem";
  public static final String SECRET_OUTPUT = "hunter22";

  /** The configuration: one password. */
  public record Settings(String token) {}

  public static final ConfigurationCodec<Settings> SETTINGS =
      values -> new Settings(ValueReader.of(values).string("Token"));

  /** A bound type with only {@code get}. */
  public record Item(String id, String name) {}

  public enum ItemField implements QueryField<Item> {
    ID,
    NAME;

    @Override
    public String fieldName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public ContentType contentType() {
      return ContentType.STRING;
    }

    @Override
    public Object valueOf(Item record) {
      return this == ID ? record.id() : record.name();
    }
  }

  public static final String ITEM = "Item";

  static final FlowTypeCodec<Item> ITEM_CODEC =
      new FlowTypeCodec<>() {
        @Override
        public String typeName() {
          return ITEM;
        }

        @Override
        public MObject encode(Item value) {
          return MObject.of(ITEM, value.id(), ValueWriter.properties().string("id", value.id()).string("name", value.name()).build());
        }

        @Override
        public Item decode(MObject object) {
          ValueReader reader = ValueReader.of(object);
          return new Item(reader.string("id"), reader.string("name"));
        }
      };

  /** Knows {@code i1}; {@code noid} comes back without its identifier, a bug of the implementation. */
  static final class Items implements DataAction<Settings, Item, ItemField> {
    @Override
    public Optional<Item> get(String id, ActionContext<Settings> context) {
      if (id.equals("noid")) {
        return Optional.of(new Item(null, "lost"));
      }
      return id.equals("i1") ? Optional.of(new Item("i1", "first")) : Optional.empty();
    }

    @Override
    public Page<Item> query(Query<ItemField> query, ActionContext<Settings> context) {
      throw new OperationNotSupportedException("The data action 'Item' does not offer query");
    }

    @Override
    public Item save(Item record, ActionContext<Settings> context) {
      throw new OperationNotSupportedException("The data action 'Item' does not offer save");
    }

    @Override
    public void delete(Item record, ActionContext<Settings> context) {
      throw new OperationNotSupportedException("The data action 'Item' does not offer delete");
    }
  }

  private ToolsService() {}

  public static FlowService<Settings> service() {
    TypeElement item =
        TypeElement.of(
            ITEM, "An item",
            List.of(TypeElementProperty.of("id", ContentType.STRING, null), TypeElementProperty.of("name", ContentType.STRING, null)),
            List.of(TypeElementBinding.of(ITEM, "An item", ITEM,
                List.of(TypeElementPropertyBinding.of("id", "id"), TypeElementPropertyBinding.of("name", "name")))));
    ActionDescription echo =
        ActionDescription.of(
            "/" + ECHO + "/", "Echo", "Answers raw engine values",
            List.of(
                DescribeValue.of("zeta", ContentType.STRING, null, false, 0),
                DescribeValue.of("alpha", ContentType.STRING, null, false, 1)),
            List.of(
                DescribeValue.of("secret", ContentType.PASSWORD, null, false, 0),
                DescribeValue.of("plain", ContentType.STRING, null, false, 1),
                DescribeValue.of("items", ContentType.LIST, ITEM, false, 2),
                DescribeValue.of("holder", ContentType.OBJECT, ITEM, false, 3)));
    ActionDescription longProblem =
        ActionDescription.of(LONG_PROBLEM, "Long Problem", "Refuses at length", List.of(), List.of());
    MessageActionBinding<Settings, List<EngineValue>, List<EngineValue>> echoBinding =
        new MessageActionBinding<>(
            echo, inputs -> inputs, outputs -> outputs,
            (inputs, context) ->
                List.of(
                    EngineValue.scalar("secret", ContentType.PASSWORD, SECRET_OUTPUT),
                    EngineValue.scalar("plain", ContentType.STRING, ValueReader.of(inputs).string("alpha")),
                    new EngineValue("items", ContentType.LIST, null, null, ITEM, null, null, null, null),
                    EngineValue.structured("holder", ContentType.OBJECT, ITEM,
                        List.of(MObject.of(ITEM, "h1", List.of(
                            Property.scalar("id", ContentType.STRING, "h1"),
                            Property.scalar("pin", ContentType.PASSWORD, "4711-pin")))))),
            null);
    MessageActionBinding<Settings, List<EngineValue>, List<EngineValue>> longProblemBinding =
        new MessageActionBinding<>(
            longProblem, inputs -> inputs, outputs -> outputs,
            (inputs, context) -> {
              throw new ServiceProblemException(422, "Refused: " + "x".repeat(2000));
            },
            null);
    return FlowService.builder("Tools", PATH, SETTINGS)
        .configurationValues(List.of(new DescribeValue("Token", ContentType.PASSWORD, "default-secret", null, false, 0)))
        .types(List.of(item))
        .messageAction(echoBinding)
        .messageAction(longProblemBinding)
        .dataAction(new DataActionBinding<>(ITEM, ITEM_CODEC, List.of(ItemField.values()), new Items()))
        .build();
  }
}
