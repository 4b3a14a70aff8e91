package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.fake.CheckStockCodec;
import com.example.orders.fake.CheckStockRequest;
import com.example.orders.fake.CheckStockResponse;
import com.example.orders.fake.StockService;
import io.flowkit.runtime.server.FlowServer;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.testkit.ActionResult;
import io.flowkit.testkit.FlowPlatform;
import org.junit.jupiter.api.Test;

/** The test kit (flowkit-test, test scope only) calls a generated service over real HTTP. */
class OverHttpTest {

  @Test
  void flowPlatformInvokesTheGeneratedActionOverHttp() throws Exception {
    StockService.Builder stock =
        StockService.builder()
            .checkStock((request, context) -> new CheckStockResponse(request.sku().length() * 4L, null));
    try (FlowServer server = FlowServer.builder().port(0).service(stock.build()).start()) {
      FlowPlatform platform = FlowPlatform.builder(server.uri("/fs/stock")).build();

      ActionResult<CheckStockResponse> result =
          platform.invoke(
              "actions/check-stock",
              CheckStockCodec.encodeInputs(new CheckStockRequest("pencil")),
              CheckStockCodec::decodeOutputs);

      assertThat(result.response().invokeType()).isEqualTo(InvokeType.FORWARD);
      assertThat(result.outputs().available()).isEqualTo(24L);
    }
  }
}
