package io.flowkit.benchmarks.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.manywho.sdk.api.jackson.ObjectMapperFactory;
import com.manywho.sdk.api.run.EngineValue;
import com.manywho.sdk.api.run.elements.config.ServiceResponse;
import com.manywho.sdk.services.ServerApplicationModule;
import com.manywho.sdk.services.actions.Action;
import com.manywho.sdk.services.actions.ActionRepository;
import com.manywho.sdk.services.values.ValueBuilder;
import com.manywho.sdk.services.values.ValueParser;
import io.flowkit.benchmarks.peers.flow.QuoteCodec;
import io.flowkit.benchmarks.peers.flow.QuoteRequest;
import io.flowkit.benchmarks.peers.flow.QuoteResponse;
import io.flowkit.benchmarks.peers.flowkit.FlowkitQuote;
import io.flowkit.benchmarks.peers.sdk.SdkQuote;
import io.flowkit.benchmarks.peers.sdk.SdkQuoteCommand;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.WireJson;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code Quote} call's binding, without HTTP: the request's bytes (twenty inputs, a list of
 * fifty objects) to the typed request, and the typed response (fifty lines) to the answer's
 * bytes. flowkit: Jackson into its wire records, then the generated codec. The SDK: Jackson (its
 * own {@code ObjectMapperFactory} settings, one mapper) into its wire classes, then its
 * reflection-based binding, exactly as its {@code ActionManager} does per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerCodecBenchmark {

  /** The list's size in the request and in the response. */
  public static final int LINES = 50;

  private byte[] request;
  private ObjectMapper flowkitJson;
  private QuoteResponse flowkitResponse;
  private ServiceRequest flowkitRequest;

  private ObjectMapper sdkJson;
  private ValueParser sdkParser;
  private ValueBuilder sdkBuilder;
  private ActionRepository sdkActions;
  private com.manywho.sdk.api.run.elements.config.ServiceRequest sdkRequest;
  private SdkQuote.Output sdkResponse;

  @Setup
  public void setUp() throws Exception {
    request = PeerRequests.quote(LINES);
    flowkitJson = WireJson.mapper();
    flowkitRequest = flowkitJson.readValue(request, ServiceRequest.class);
    flowkitResponse = new FlowkitQuote().execute(QuoteCodec.decodeInputs(flowkitRequest.inputs()), null);

    Injector injector = Guice.createInjector(new ServerApplicationModule(SdkQuote.class.getPackage().getName()));
    sdkJson = ObjectMapperFactory.create();
    sdkParser = injector.getInstance(ValueParser.class);
    sdkBuilder = injector.getInstance(ValueBuilder.class);
    sdkActions = injector.getInstance(ActionRepository.class);
    sdkRequest = sdkJson.readValue(request, com.manywho.sdk.api.run.elements.config.ServiceRequest.class);
    sdkResponse = new SdkQuoteCommand().execute(null, sdkRequest, sdkDecode()).getOutputs();
    if (sdkResponse.getLines().size() != LINES || flowkitResponse.lines().size() != LINES) {
      throw new IllegalStateException("the responses do not have " + LINES + " lines");
    }
  }

  /** flowkit: the request's bytes to {@link QuoteRequest}. */
  @Benchmark
  public QuoteRequest flowkitDecode() throws Exception {
    return QuoteCodec.decodeInputs(flowkitJson.readValue(request, ServiceRequest.class).inputs());
  }

  /** flowkit: {@link QuoteResponse} to the answer's bytes. */
  @Benchmark
  public byte[] flowkitEncode() throws Exception {
    return flowkitJson.writeValueAsBytes(new io.flowkit.runtime.wire.ServiceResponse(
        flowkitRequest.token(), flowkitRequest.tenantId(), null, null, InvokeType.FORWARD, null,
        QuoteCodec.encodeOutputs(flowkitResponse), null, null, null, null));
  }

  /** The SDK: the request's bytes to its annotated input class, as {@code ActionManager} binds it. */
  @Benchmark
  public SdkQuote.Input sdkDecode() throws Exception {
    com.manywho.sdk.api.run.elements.config.ServiceRequest serviceRequest =
        sdkJson.readValue(request, com.manywho.sdk.api.run.elements.config.ServiceRequest.class);
    SdkQuote.Input input = SdkQuote.Input.class.getDeclaredConstructor().newInstance();
    if (serviceRequest.hasInputs()) {
      for (Field field : fields(sdkActions.getInputFields(), SdkQuote.Input.class)) {
        Action.Input annotation = field.getAnnotation(Action.Input.class);
        Optional<EngineValue> value = serviceRequest.getInputs().stream()
            .filter(i -> i.getDeveloperName().equals(annotation.name()))
            .findFirst();
        value.ifPresent(v -> sdkParser.populateObjectField(input, field, annotation.contentType(), v));
      }
    }
    return input;
  }

  /** The SDK: its annotated output class to the answer's bytes, as {@code ActionManager} builds it. */
  @Benchmark
  public byte[] sdkEncode() throws Exception {
    List<EngineValue> outputs = new ArrayList<>();
    for (Field field : fields(sdkActions.getOutputFields(), SdkQuote.Output.class)) {
      Action.Output annotation = field.getAnnotation(Action.Output.class);
      field.setAccessible(true);
      outputs.add(sdkBuilder.from(annotation.name(), annotation.contentType(), field.get(sdkResponse)));
    }
    return sdkJson.writeValueAsBytes(new ServiceResponse(
        sdkRequest.getTenantId(), com.manywho.sdk.api.InvokeType.Forward, outputs, sdkRequest.getToken(), null));
  }

  private static List<Field> fields(java.util.Set<Field> annotated, Class<?> declaring) {
    return annotated.stream().filter(f -> f.getDeclaringClass().equals(declaring)).collect(Collectors.toList());
  }
}
