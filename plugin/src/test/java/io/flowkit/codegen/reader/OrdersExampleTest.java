package io.flowkit.codegen.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.model.ServiceModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The descriptor and profiles of the end-to-end example service ({@code it/orders-example}), read
 * where that module keeps them so that there is one copy.
 */
class OrdersExampleTest {

  private static final Path EXAMPLE = ReaderRun.repositoryDirectory("it/orders-example/src/main/flow");

  @Test
  void readsWithoutAnyDiagnostic() {
    assertThat(ReaderRun.in(EXAMPLE).messages()).isEmpty();
  }

  @Test
  void modelHasEveryActionTypeAndName() {
    assertThat(ReaderRun.in(EXAMPLE).text()).isEqualTo(EXPECTED);
  }

  @Test
  void readingTwiceGivesEqualModels() {
    ServiceModel first = ReaderRun.in(EXAMPLE).model();
    ServiceModel second = ReaderRun.in(EXAMPLE).model();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void inputFilesAreTheDescriptorAndEveryProfileReached() {
    ReaderRun run = ReaderRun.in(EXAMPLE);
    assertThat(new DescriptorModelReader().inputFiles(run.request))
        .extracting(p -> EXAMPLE.relativize(p).toString().replace('\\', '/'))
        .containsExactly(
            "orders.flow.json",
            "profiles/common.schema.json",
            "profiles/create-order-request.schema.json",
            "profiles/create-order-response.json",
            "profiles/customer.schema.json",
            "profiles/order-status-request.json",
            "profiles/receipt-upload-response.json",
            "profiles/ship-order-request.json",
            "profiles/ship-order-response.json",
            "profiles/ticket.json");
  }

  @Test
  void descriptionsBecomeSummaries() {
    ServiceModel model = ReaderRun.in(EXAMPLE).model();
    assertThat(model.type("Create Order REQUEST - customer").orElseThrow().summary()).isEqualTo("Who the order is for.");
    assertThat(model.type("Create Order REQUEST - address").orElseThrow().summary()).isEqualTo("A postal address.");
    assertThat(model.type("Customer").orElseThrow().summary()).isEqualTo("A customer of the shop.");
    assertThat(model.type("Ticket").orElseThrow().summary()).isEqualTo("Support tickets raised about orders");
    assertThat(model.messageActions().get(0).inputs())
        .filteredOn(p -> p.flowName().equals("priority"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.description()).isEqualTo("How urgent the order is.");
          assertThat(p.enumType().constants()).extracting(c -> c.javaName() + "=" + c.value())
              .containsExactly("LOW=low", "NORMAL=normal", "HIGH=high", "NEXT_DAY=next-day");
        });
  }

  private static final String EXPECTED = """
      service Orders /fs/orders com.example.flow.Orders
      config "API Key" apiKey PASSWORD required
      config "Cut-off" cutOff DATE_TIME
      config "Max Lines" maxLines DECIMAL
      config "Region" region STRING
      config "Sandbox" sandbox BOOLEAN
      action "Create Order" actions/create-order CreateOrder timeout=20
        in "attributes" attributes LIST "Create Order REQUEST - attributes"
        in "customer" customer OBJECT "Create Order REQUEST - customer" required
        in "deliveryDate" deliveryDate DATE
        in "lines" lines LIST "Create Order REQUEST - lines" required
        in "orderDate" orderDate DATE_TIME
        in "orderNumber" orderNumber STRING required
        in "priority" priority STRING enum CreateOrderRequestPriority
        in "rush" rush BOOLEAN
        out "accepted" accepted BOOLEAN
        out "estimatedShip" estimatedShip DATE_TIME
        out "orderId" orderId STRING
        out "total" total DECIMAL
        out "warnings" warnings LIST "Create Order RESPONSE - warnings"
      action "Get Order Status" actions/get-order-status GetOrderStatus
        in "orderId" orderId STRING
        out "history" history LIST "Get Order Status RESPONSE - history"
        out "orderId" orderId STRING required
        out "status" status STRING enum Status required
        out "updatedAt" updatedAt DATE_TIME
      action "Ship Order" actions/ship-order ShipOrder
        in "carrier" carrier STRING
        in "orderId" orderId STRING
        out "orderId" orderId STRING
        out "shippedAt" shippedAt DATE_TIME
        out "trackingNumber" trackingNumber STRING
      data "Customer" Customer GET,QUERY
      data "Ticket" Ticket DELETE,GET,QUERY,SAVE
      file "Receipt" /receipts -> "$File RESPONSE - Receipt" Receipt
      type "$File RESPONSE - Receipt" FileResponseReceipt FILE id="externalId"
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
      type "Create Order REQUEST - address" CreateOrderRequestAddress MESSAGE
        "city" city STRING
        "country" country STRING
        "postCode" postCode STRING
        "street" street STRING
      type "Create Order REQUEST - attributes" CreateOrderRequestAttributes MESSAGE
        "Key" key STRING required
        "Value" value STRING
      type "Create Order REQUEST - customer" CreateOrderRequestCustomer MESSAGE
        "address" address OBJECT "Create Order REQUEST - address"
        "customerId" customerId STRING required
        "email" email STRING
        "name" name STRING
      type "Create Order REQUEST - lines" CreateOrderRequestLines MESSAGE
        "quantity" quantity INTEGER required
        "requestedDate" requestedDate DATE_TIME
        "sku" sku STRING required
        "unitPrice" unitPrice DECIMAL
      type "Create Order RESPONSE - warnings" CreateOrderResponseWarnings MESSAGE
        "code" code STRING
        "field" field STRING
        "message" message STRING
      type "Customer" Customer DATA binding="Customer Binding" table="Customer" id="id"
        "creditLimit" creditLimit DECIMAL
        "email" email STRING
        "id" id STRING required
        "name" name STRING required
        "segment" segment STRING enum Segment
        "since" since DATE
      type "Get Order Status RESPONSE - history" GetOrderStatusResponseHistory MESSAGE
        "at" at DATE_TIME
        "status" status STRING enum Status
      type "Ticket" Ticket DATA binding="Ticket Binding" table="Ticket" id="id"
        "Assigned To" assignedTo STRING
        "createdAt" createdAt DATE_TIME
        "escalated" escalated BOOLEAN
        "id" id STRING
        "priority" priority INTEGER
        "status" status STRING
        "subject" subject STRING
      enum CreateOrderRequestPriority LOW=low, NORMAL=normal, HIGH=high, NEXT_DAY=next-day
      enum Segment RETAIL=retail, TRADE=trade, KEY_ACCOUNT=key account
      enum Status RECEIVED=RECEIVED, PICKING=PICKING, SHIPPED=SHIPPED, DELIVERED=DELIVERED, CANCELLED=CANCELLED
      """;
}
