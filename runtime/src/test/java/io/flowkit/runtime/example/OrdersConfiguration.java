package io.flowkit.runtime.example;

import io.flowkit.runtime.codec.ConfigurationCodec;
import io.flowkit.runtime.codec.ValueReader;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeValue;
import java.math.BigDecimal;
import java.util.List;

/** The Orders service's configuration values, as the generator writes them. */
public record OrdersConfiguration(String apiKey, String region, BigDecimal maxLines) {

  public static final List<DescribeValue> DESCRIBED =
      List.of(
          DescribeValue.of("API Key", ContentType.PASSWORD, null, true, 0),
          DescribeValue.of("Region", ContentType.STRING, null, false, 1),
          DescribeValue.of("Max Lines", ContentType.NUMBER, null, false, 2));

  public static final ConfigurationCodec<OrdersConfiguration> CODEC =
      values -> {
        ValueReader reader = ValueReader.of(values);
        return new OrdersConfiguration(
            reader.required("API Key", reader.string("API Key")), reader.string("Region"), reader.decimal("Max Lines"));
      };
}
