package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

/** The records and enums also read and write the profiles' own JSON form, through Jackson. */
class GeneratedJsonFormTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final CompiledCase orders = CompiledCase.orders();
  private final CompiledCase catalog = CompiledCase.catalog();

  @Test
  void recordsUseTheProfileNames() throws Exception {
    Object address = orders.record("CreateOrderRequestAddress", "Leeds", "LS1 4AB", "1 Harbour Way");
    Object customer = orders.record("CreateOrderRequestCustomer", address, "C-77", "Acme Ltd");
    Object property = catalog.record("Property", "colour", "red");

    String json = mapper.writeValueAsString(customer);

    assertThat(json)
        .isEqualTo(
            "{\"address\":{\"city\":\"Leeds\",\"postCode\":\"LS1 4AB\",\"street\":\"1 Harbour Way\"},"
                + "\"customerId\":\"C-77\",\"name\":\"Acme Ltd\"}");
    assertThat(mapper.readValue(json, orders.type("CreateOrderRequestCustomer"))).isEqualTo(customer);
    assertThat(mapper.writeValueAsString(property)).isEqualTo("{\"key\":\"colour\",\"value\":\"red\"}");
  }

  @Test
  void namesThatAreNotJavaIdentifiersAreKeptVerbatim() throws Exception {
    Object ticket = orders.record("Ticket", "jdoe", null, null, "T-1", null, null, null);

    String json = mapper.writeValueAsString(ticket);

    assertThat(json).contains("\"Assigned To\":\"jdoe\"").doesNotContain("assignedTo");
    assertThat(mapper.readValue("{\"Assigned To\":\"amy\",\"id\":\"T-2\"}", orders.type("Ticket")))
        .isEqualTo(orders.record("Ticket", "amy", null, null, "T-2", null, null, null));
  }

  @Test
  void enumsUseTheirFlowValues() throws Exception {
    Class<?> status = catalog.type("ItemStatus");

    assertThat(mapper.writeValueAsString(catalog.constant("ItemStatus", "ON_HOLD"))).isEqualTo("\"on hold\"");
    assertThat(mapper.readValue("\"Retired\"", status)).isEqualTo(catalog.constant("ItemStatus", "RETIRED"));
    assertThatThrownBy(() -> mapper.readValue("\"retired\"", status)).isInstanceOf(ValueInstantiationException.class);
    assertThatThrownBy(() -> catalog.callStatic("ItemStatus", "fromValue", "gone"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected one of 'active', 'on hold', 'Retired'");
  }
}
