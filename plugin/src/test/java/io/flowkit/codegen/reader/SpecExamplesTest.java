package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.ServiceModel;
import org.junit.jupiter.api.Test;

/** The worked examples of spec/boomi-profiles-flow-types.md §7. */
class SpecExamplesTest {

  private static final String CREATE_ORDER = """
      service Orders /fs/orders com.example.flow.Orders
      action "Create Order" actions/create-order CreateOrder
        in "customer" customer OBJECT "Create Order REQUEST - customer"
        in "lines" lines LIST "Create Order REQUEST - lines"
        in "orderDate" orderDate DATE_TIME
        in "orderNumber" orderNumber STRING
        in "priority" priority INTEGER
        in "rush" rush BOOLEAN
        out "accepted" accepted BOOLEAN
        out "estimatedShip" estimatedShip DATE_TIME
        out "orderId" orderId STRING
        out "total" total DECIMAL
        out "warnings" warnings LIST "Create Order RESPONSE - warnings"
      type "Create Order REQUEST - address" CreateOrderRequestAddress MESSAGE
        "city" city STRING
        "postCode" postCode STRING
        "street" street STRING
      type "Create Order REQUEST - customer" CreateOrderRequestCustomer MESSAGE
        "address" address OBJECT "Create Order REQUEST - address"
        "customerId" customerId STRING
        "name" name STRING
      type "Create Order REQUEST - lines" CreateOrderRequestLines MESSAGE
        "quantity" quantity INTEGER
        "requestedDate" requestedDate DATE_TIME
        "sku" sku STRING
        "unitPrice" unitPrice DECIMAL
      type "Create Order RESPONSE - warnings" CreateOrderResponseWarnings MESSAGE
        "code" code STRING
        "message" message STRING
      """;

  @Test
  void createOrderFromSamples() {
    ReaderRun run = ReaderRun.in(ReaderRun.resource("spec/create-order-sample"));
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo(CREATE_ORDER);
  }

  @Test
  void createOrderFromADraft04SchemaGivesTheSameTypesAndNames() {
    ReaderRun run = ReaderRun.in(ReaderRun.resource("spec/create-order-schema"));
    assertThat(run.messages()).isEmpty();
    // the schema adds only what a sample cannot say: which entries are required
    assertThat(run.text().replace(" required", "")).isEqualTo(CREATE_ORDER);
    assertThat(run.model().messageActions().get(0).inputs())
        .filteredOn(p -> p.required())
        .extracting(p -> p.flowName())
        .containsExactly("customer", "orderNumber");
  }

  @Test
  void generatedTypesCarryASummaryNamingTheirEntry() {
    ServiceModel model = ReaderRun.in(ReaderRun.resource("spec/create-order-sample")).model();
    assertThat(model.type("Create Order REQUEST - customer")).get()
        .extracting(FlowTypeModel::summary)
        .isEqualTo("Generated from request profile entry customer");
    assertThat(model.type("Create Order RESPONSE - warnings")).get()
        .extracting(FlowTypeModel::summary)
        .isEqualTo("Generated from response profile entry warnings");
  }

  @Test
  void ticketDataAction() {
    ReaderRun run = ReaderRun.in(ReaderRun.resource("spec/ticket"));
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service Helpdesk /fs/helpdesk com.example.flow.Helpdesk
        data "Ticket" Ticket DELETE,GET,QUERY,SAVE
        type "Ticket" Ticket DATA binding="Ticket Binding" table="Ticket" id="id"
          "Assigned To" assignedTo STRING
          "createdAt" createdAt DATE_TIME
          "escalated" escalated BOOLEAN
          "id" id STRING
          "priority" priority INTEGER
          "status" status STRING
          "subject" subject STRING
        """);
    assertThat(run.model().dataActions().get(0).interfaceJavaName()).isEqualTo("TicketData");
    assertThat(run.model().dataActions().get(0).fieldEnumJavaName()).isEqualTo("TicketField");
  }

  @Test
  void fileResourceUploadResponse() {
    ReaderRun run = ReaderRun.in(ReaderRun.resource("spec/file-resource"));
    assertThat(run.messages()).isEmpty();
    assertThat(run.text()).isEqualTo("""
        service Tickets /fs/tickets com.example.flow.Tickets
        file "AttachmentReceipt" /tickets/attachments -> "$File RESPONSE - AttachmentReceipt" AttachmentReceipt
        type "$File RESPONSE - AttachmentReceipt" FileResponseAttachmentReceipt FILE id="externalId"
          "Date Created" dateCreated DATE_TIME
          "Date Modified" dateModified DATE_TIME
          "Description" description STRING
          "Download Uri" downloadUri STRING
          "Embed Uri" embedUri STRING
          "Icon Uri" iconUri STRING
          "Id" id STRING
          "Kind" kind STRING
          "Mime Type" mimeType STRING
          "Name" name STRING
          "externalId" externalId STRING
          "rows" rows LIST "$File RESPONSE - rows"
          "rowsRead" rowsRead INTEGER
        type "$File RESPONSE - rows" FileResponseRows FILE
          "line" line INTEGER
          "status" status STRING
        """);
  }
}
