package io.flowkit.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireJsonTest {

  @Test
  void describeValueWritesBothSpellingsOfRequiredAndOrder() throws Exception {
    JsonNode json =
        WireJson.mapper()
            .valueToTree(DescribeValue.of("API Key", ContentType.PASSWORD, null, true, 3));
    assertThat(json.get("required").asBoolean()).isTrue();
    assertThat(json.get("isRequired").asBoolean()).isTrue();
    assertThat(json.get("order").asInt()).isEqualTo(3);
    assertThat(json.get("ordinal").asInt()).isEqualTo(3);
    assertThat(json.get("contentType").asText()).isEqualTo("ContentPassword");
  }

  @Test
  void describeValueReadsThePlatformSpelling() throws Exception {
    DescribeValue value =
        WireJson.mapper()
            .readValue(
                "{\"developerName\":\"x\",\"contentType\":\"contentstring\",\"isRequired\":true,\"ordinal\":2}",
                DescribeValue.class);
    assertThat(value.required()).isTrue();
    assertThat(value.order()).isEqualTo(2);
    assertThat(value.contentType()).isEqualTo(ContentType.STRING);
  }

  @Test
  void objectsKeepTheIsPrefixAndToleratesNullsAndUnknownFields() throws Exception {
    MObject object =
        WireJson.mapper()
            .readValue(
                "{\"externalId\":\"1\",\"isSelected\":true,\"properties\":null,\"brandNew\":1}",
                MObject.class);
    assertThat(object.selected()).isTrue();
    assertThat(object.properties()).isEmpty();
    JsonNode json = WireJson.mapper().valueToTree(MObject.of("T", "1", List.of()));
    assertThat(json.has("isSelected")).isTrue();
    assertThat(json.has("selected")).isFalse();
  }

  @Test
  void describeValueRoundTripsWithBothSpellingsPresent() throws Exception {
    DescribeValue value = new DescribeValue("Customer", ContentType.OBJECT, null, "Customer Type", true, 4);

    String json = WireJson.mapper().writeValueAsString(value);

    assertThat(WireJson.mapper().readValue(json, DescribeValue.class)).isEqualTo(value);
  }

  @Test
  void nullListsBecomeEmptyAndEnumsAreReadIgnoringCase() throws Exception {
    ServiceRequest request =
        WireJson.mapper().readValue(
            "{\"inputs\":null,\"outcomes\":null,\"configurationValues\":[{\"developerName\":\"k\",\"contentType\":null}]}",
            ServiceRequest.class);
    ListFilter filter =
        WireJson.mapper().readValue(
            "{\"comparisonType\":\"or\",\"orderByDirectionType\":\"\",\"where\":[{\"criteriaType\":\"starts_with\"}]}",
            ListFilter.class);

    assertThat(request.inputs()).isEmpty();
    assertThat(request.outcomes()).isEmpty();
    assertThat(request.configurationValues().get(0).contentType()).isNull();
    assertThat(filter.comparisonType()).isEqualTo(ComparisonType.OR);
    assertThat(filter.orderByDirectionType()).isNull();
    assertThat(filter.where().get(0).criteriaType()).isEqualTo(CriteriaType.STARTS_WITH);
  }

  @Test
  void outcomesKeepTheIsPrefixOfTheirFlags() throws Exception {
    OutcomeRequest outcome =
        WireJson.mapper().readValue(
            "{\"id\":\"o-1\",\"developerName\":\"Go\",\"isBulkAction\":true,\"isOut\":true,\"pageActionType\":\"SAVE\"}",
            OutcomeRequest.class);
    JsonNode json = WireJson.mapper().valueToTree(outcome);

    assertThat(outcome.bulkAction()).isTrue();
    assertThat(outcome.out()).isTrue();
    assertThat(json.get("isBulkAction").asBoolean()).isTrue();
    assertThat(json.get("isOut").asBoolean()).isTrue();
    assertThat(json.has("bulkAction")).isFalse();
    assertThat(WireJson.mapper().valueToTree(ActionDescription.of("a", "A", null, null, null)).has("isViewMessageAction")).isTrue();
  }
}
