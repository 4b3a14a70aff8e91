package io.flowkit.runtime.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowkit.runtime.example.ToolsService;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.TypeElementProperty;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link FlowService} checks when it is built and what its describe metadata says. */
class FlowServiceTest {

  static MessageActionBinding<String, List<EngineValue>, List<EngineValue>> action(
      String uriPart, String name, List<DescribeValue> inputs, List<DescribeValue> outputs) {
    return new MessageActionBinding<>(
        ActionDescription.of(uriPart, name, null, inputs, outputs), values -> values, values -> values, (request, context) -> request, null);
  }

  static FlowService.Builder<String> builder() {
    return FlowService.builder("Test", "fs/test/", values -> "configuration");
  }

  @Test
  void aServiceWithOnlyMessageActionsProvidesOnlyLogic() {
    DescribeServiceResponse described = builder().messageAction(action("actions/a", "A", List.of(), List.of())).build().describe();

    assertThat(described.providesLogic()).isTrue();
    assertThat(described.providesDatabase()).isFalse();
    assertThat(described.providesFiles()).isFalse();
    assertThat(described.providesIdentity()).isFalse();
    assertThat(described.providesListening()).isFalse();
    assertThat(builder().build().describe().providesLogic()).isFalse();
  }

  @Test
  void everythingDescribedIsSortedByName() {
    FlowService<String> service =
        builder()
            .configurationValues(List.of(DescribeValue.of("b", ContentType.STRING, null, false, 0), DescribeValue.of("B", ContentType.STRING, null, false, 1)))
            .types(List.of(TypeElement.of("zeta", null, List.of(), List.of()), TypeElement.of("Alpha", null, List.of(), List.of())))
            .messageAction(action("actions/z", "zed", List.of(), List.of()))
            .messageAction(
                action("actions/a", "Alpha",
                    List.of(DescribeValue.of("second", ContentType.STRING, null, false, 0), DescribeValue.of("first", ContentType.STRING, null, false, 1)),
                    List.of(DescribeValue.of("y", ContentType.STRING, null, false, 0), DescribeValue.of("x", ContentType.STRING, null, false, 1))))
            .build();

    DescribeServiceResponse described = service.describe();

    assertThat(described.configurationValues()).extracting(DescribeValue::developerName).containsExactly("B", "b");
    assertThat(described.types()).extracting(TypeElement::developerName).containsExactly("Alpha", "zeta");
    assertThat(described.install().typeElements()).isEqualTo(described.types());
    assertThat(described.actions()).extracting(ActionDescription::developerName).containsExactly("Alpha", "zed");
    assertThat(described.actions().get(0).serviceInputs()).extracting(DescribeValue::developerName).containsExactly("first", "second");
    assertThat(described.actions().get(0).serviceOutputs()).extracting(DescribeValue::developerName).containsExactly("x", "y");
    assertThat(service.path()).isEqualTo("/fs/test");
  }

  @Test
  void aPasswordsDefaultValueIsNeverDescribed() {
    DescribeServiceResponse described = ToolsService.service().describe();

    assertThat(described.configurationValues()).singleElement().satisfies(value -> assertThat(value.contentValue()).isNull());
  }

  @Test
  void uriPartsAreAdvertisedAndFoundWithoutSurroundingSlashes() {
    FlowService<String> service = builder().messageAction(action("/actions/orders/create/", "Create", List.of(), List.of())).build();

    assertThat(service.describe().actions()).extracting(ActionDescription::uriPart).containsExactly("actions/orders/create");
    assertThat(service.messageAction("actions/orders/create")).isPresent();
    assertThat(service.messageAction("/actions/orders/create")).isPresent();
    assertThatThrownBy(() -> builder()
            .messageAction(action("actions/x", "X", List.of(), List.of()))
            .messageAction(action("/actions/x", "Other X", List.of(), List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Duplicate message action uri part 'actions/x'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"metadata", "/metadata/install", "data", "data/delete", "file", "file/content/", "file/delete", "/"})
  void aMessageActionCannotTakeAPathTheProtocolUses(String uriPart) {
    assertThatThrownBy(() -> builder().messageAction(action(uriPart, "Clash", List.of(), List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the protocol uses that path itself");
  }

  @Test
  void everyReferencedTypeMustBeDescribedExceptSystemTypes() {
    DescribeValue list = DescribeValue.of("items", ContentType.LIST, "Item", false, 0);

    assertThatThrownBy(() -> builder().messageAction(action("actions/a", "A", List.of(list), List.of())).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("input 'items' of action 'A' refers to type 'Item'");
    assertThatThrownBy(() -> builder()
            .types(List.of(TypeElement.of("Holder", null, List.of(TypeElementProperty.of("inner", ContentType.OBJECT, "Missing")), List.of())))
            .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("property 'inner' of type 'Holder' refers to type 'Missing'");
    assertThatThrownBy(() -> builder().configurationValues(List.of(DescribeValue.of("Who", ContentType.OBJECT, "Person", false, 0))).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("configuration value 'Who'");
    assertThat(builder().messageAction(action("actions/a", "A", List.of(), List.of(DescribeValue.of("me", ContentType.OBJECT, "$User", false, 0)))).build())
        .isNotNull();
  }

  @Test
  void aDataActionNeedsADescribedTypeBoundToItsTable() {
    FlowService<ToolsService.Settings> tools = ToolsService.service();
    DataActionBinding<ToolsService.Settings, ?, ?> items = tools.dataAction(ToolsService.ITEM).orElseThrow();

    assertThatThrownBy(() -> FlowService.builder("NoTypes", "/fs/none", ToolsService.SETTINGS).dataAction(items).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("table 'Item' has no described type bound to that table");
  }
}
