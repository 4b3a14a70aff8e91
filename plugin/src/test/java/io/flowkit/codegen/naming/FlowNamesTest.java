package io.flowkit.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowNamesTest {

  @Test
  void messageTypesAreNamedAfterTheActionTheDirectionAndTheEntry() {
    assertThat(FlowNames.requestTypePrefix("Create Order") + "customer").isEqualTo("Create Order REQUEST - customer");
    assertThat(FlowNames.responseTypePrefix("Create Order") + "lines").isEqualTo("Create Order RESPONSE - lines");
    assertThat(FlowNames.pathQualified("A REQUEST - ", List.of("customer", "address")))
        .isEqualTo("A REQUEST - customer address");
  }

  @Test
  void bindingsAndDefaultUriParts() {
    assertThat(FlowNames.bindingName("Ticket")).isEqualTo("Ticket Binding");
    assertThat(FlowNames.defaultUriPart("Create Order")).isEqualTo("actions/create-order");
    assertThat(FlowNames.defaultUriPart("%")).isEqualTo(FlowNames.ACTIONS_URI);
  }

  @Test
  void classNameCandidatesGoFromPlainToQualified() {
    assertThat(ClassNameCandidates.forOwner("Create Order", "Shop"))
        .containsExactly("CreateOrder", "CreateSpaceOrder", "ShopCreateOrder");
    assertThat(ClassNameCandidates.forEntryType("A REQUEST - address", "A REQUEST - ", List.of("customer", "address"), "S"))
        .containsExactly("ARequestAddress", "ARequestCustomerAddress", "ARequestAddress", "SARequestAddress",
            "ARequestAddressType");
    assertThat(ClassNameCandidates.forEnum("Status", "Ticket", "state")).containsExactly("Status", "TicketState",
        "TicketStateEnum");
  }
}
