/**
 * The example Orders service: {@link io.flowkit.example.orders.ExampleService} assembles the
 * generated {@code OrdersService} from the implementations in the sub-packages, and {@link
 * io.flowkit.example.orders.OrdersExample} serves it with {@code FlowServer} from the command line.
 * The generated code itself is in {@code io.flowkit.example.orders.flow} (under {@code
 * target/generated-sources/flowkit}).
 */
package io.flowkit.example.orders;
