package io.flowkit.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowkit.runtime.codec.FlowTypeCodec;
import io.flowkit.runtime.codec.ValueWriter;
import io.flowkit.runtime.service.FlowUser;
import io.flowkit.runtime.service.UserTokens;
import io.flowkit.runtime.wire.Culture;
import io.flowkit.runtime.wire.DescribeServiceRequest;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.FileDataRequest;
import io.flowkit.runtime.wire.FileListFilter;
import io.flowkit.runtime.wire.ListFilter;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataRequest;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.ObjectDataType;
import io.flowkit.runtime.wire.OutcomeRequest;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.ServiceResponse;
import io.flowkit.runtime.wire.WireJson;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Calls a Flow service exactly as the Flow platform does, over real HTTP: describe and install,
 * message actions with engine-value inputs (with a callback URI for {@code WAIT}), database
 * load/save/delete with list filters, and file list/upload/delete. For testing services, generated
 * or hand-written, end to end.
 *
 * <pre>{@code
 * FlowPlatform platform = FlowPlatform.builder(server.uri("/fs/orders"))
 *     .basicAuth("account", "token")
 *     .configuration(PlatformValues.create().password("API Key", "s3cr3t").build())
 *     .build();
 * ServiceResponse response = platform.invoke("actions/get-order-status",
 *     PlatformValues.create().string("orderId", "42").build());
 * String status = ValueReader.of(response.outputs()).string("status");
 *
 * // or typed, with the generated action codec:
 * ActionResult<GetOrderStatusResponse> result = platform.invoke("actions/get-order-status",
 *     GetOrderStatusCodec.encodeInputs(new GetOrderStatusRequest("42")), GetOrderStatusCodec::decodeOutputs);
 * Status current = result.outputs().status();
 * }</pre>
 *
 * <p>Every call sends the configuration values, the tenant (in the body where the protocol has it
 * and as {@code ManyWhoTenant}), and either HTTP Basic credentials or, without those, the user
 * token of the configured user in {@code Authorization}. A refused call throws {@link
 * ServiceCallException} with the status and the service's {@code ServiceProblem}; {@link #send}
 * posts anything at all, for testing bad input. Instances are immutable and thread-safe; the
 * {@code with…} methods return changed copies.
 */
public final class FlowPlatform {

  private final HttpClient client;
  private final URI serviceUri;
  private final String basicAuthorization;
  private final FlowUser user;
  private final String tenantId;
  private final String stateId;
  private final List<EngineValue> configuration;
  private final URI callbackUri;
  private final Culture culture;
  private final Duration timeout;
  private final ObjectMapper mapper = WireJson.mapper();

  private FlowPlatform(Builder builder) {
    this(
        builder.client(), builder.serviceUri, builder.basicAuthorization, builder.user, builder.tenantId,
        builder.stateId, builder.configuration, builder.callbackUri, builder.culture, builder.timeout);
  }

  private FlowPlatform(
      HttpClient client, URI serviceUri, String basicAuthorization, FlowUser user, String tenantId, String stateId,
      List<EngineValue> configuration, URI callbackUri, Culture culture, Duration timeout) {
    this.client = client;
    this.serviceUri = serviceUri;
    this.basicAuthorization = basicAuthorization;
    this.user = user;
    this.tenantId = tenantId;
    this.stateId = stateId;
    this.configuration = List.copyOf(configuration);
    this.callbackUri = callbackUri;
    this.culture = culture;
    this.timeout = timeout;
  }

  /** A platform calling the service at {@code serviceUri}, e.g. {@code https://host/fs/orders}. */
  public static Builder builder(URI serviceUri) {
    return new Builder(serviceUri);
  }

  public URI serviceUri() {
    return serviceUri;
  }

  /** The same platform sending these configuration values instead. */
  public FlowPlatform withConfiguration(List<EngineValue> values) {
    return new FlowPlatform(client, serviceUri, basicAuthorization, user, tenantId, stateId, values, callbackUri, culture, timeout);
  }

  /** The same platform with other HTTP Basic credentials, or none ({@code null}). */
  public FlowPlatform withBasicAuth(String username, String token) {
    return new FlowPlatform(
        client, serviceUri, basicHeader(username, token), user, tenantId, stateId, configuration, callbackUri, culture, timeout);
  }

  /** The same platform acting for another user. */
  public FlowPlatform withUser(FlowUser newUser) {
    return new FlowPlatform(client, serviceUri, basicAuthorization, newUser, tenantId, stateId, configuration, callbackUri, culture, timeout);
  }

  // ---- describe -----------------------------------------------------------------------------

  /** {@code POST /metadata} with the configuration values, as the platform's describe does. */
  public DescribeServiceResponse describe() {
    return expect("Describe", postJson("metadata", describeRequest()), DescribeServiceResponse.class);
  }

  /** {@code GET /metadata}, as the platform's newer client does. */
  public DescribeServiceResponse describeWithGet() {
    return expect("Describe", send("GET", "metadata", Map.of(), BodyPublishers.noBody()), DescribeServiceResponse.class);
  }

  /** {@code POST /metadata/install}: actions and types to install. */
  public DescribeServiceResponse install() {
    return expect("Install", postJson("metadata/install", describeRequest()), DescribeServiceResponse.class);
  }

  private DescribeServiceRequest describeRequest() {
    return new DescribeServiceRequest(culture, serviceUri.toString(), configuration);
  }

  // ---- message actions ----------------------------------------------------------------------

  /**
   * Invokes the message action at {@code uriPart} (as advertised, e.g. {@code actions/create-order})
   * with these inputs. The answer is {@code FORWARD} with outputs, or {@code WAIT}, after which the
   * service calls the {@linkplain Builder#callbacks callback receiver} back with the same token.
   */
  public ServiceResponse invoke(String uriPart, List<EngineValue> inputs) {
    return invoke(uriPart, request(uriPart, inputs));
  }

  /** Invokes with inputs written by {@code inputs} (e.g. {@code ValueWriter.engineValues().string(…)}). */
  public ServiceResponse invoke(String uriPart, ValueWriter<EngineValue> inputs) {
    return invoke(uriPart, inputs.build());
  }

  /** Invokes with a request of your own making (see {@link #request}). */
  public ServiceResponse invoke(String uriPart, ServiceRequest request) {
    return expect("Message action '" + uriPart + "'", postJson(uriPart, request), ServiceResponse.class);
  }

  /**
   * Invokes and decodes the answer's outputs with {@code decodeOutputs}. With a generated action
   * codec both sides are typed:
   *
   * <pre>{@code
   * ActionResult<CreateOrderResponse> result = platform.invoke("actions/create-order",
   *     CreateOrderCodec.encodeInputs(request), CreateOrderCodec::decodeOutputs);
   * }</pre>
   *
   * @throws io.flowkit.runtime.codec.CodecException when an output does not fit its type
   */
  public <O> ActionResult<O> invoke(
      String uriPart, List<EngineValue> inputs, Function<? super List<EngineValue>, ? extends O> decodeOutputs) {
    return invoke(uriPart, request(uriPart, inputs), decodeOutputs);
  }

  /** Invokes with a request of your own making (see {@link #request}) and decodes the answer's outputs. */
  public <O> ActionResult<O> invoke(
      String uriPart, ServiceRequest request, Function<? super List<EngineValue>, ? extends O> decodeOutputs) {
    ServiceResponse response = invoke(uriPart, request);
    return new ActionResult<>(response, decodeOutputs.apply(response.outputs()));
  }

  /** The request {@link #invoke(String, List)} sends: a fresh token, this platform's tenant, state, configuration and callback URI. */
  public ServiceRequest request(String uriPart, List<EngineValue> inputs) {
    return request(uriPart, inputs, List.of());
  }

  /**
   * The request with the outcomes the flow's step offers, for actions that select one ({@code
   * ActionContext.selectOutcome}); the answer's {@code selectedOutcomeId} names the one chosen.
   */
  public ServiceRequest request(String uriPart, List<EngineValue> inputs, List<OutcomeRequest> outcomes) {
    return new ServiceRequest(
        UUID.randomUUID().toString(), tenantId, stateId, callbackUri == null ? null : callbackUri.toString(), null,
        culture, null, configuration, Map.of(), Map.of(), null, null, resolve(uriPart).toString(), inputs, outcomes);
  }

  // ---- data actions -------------------------------------------------------------------------

  /** {@code POST /data}: objects of the binding with this table name matching the filter ({@code null}: all). */
  public ObjectDataResponse load(String tableName, ListFilter filter) {
    return load(tableName, filter, List.of());
  }

  /** {@code POST /data} with objects supplied (for {@code filterByProvidedObjects}). */
  public ObjectDataResponse load(String tableName, ListFilter filter, List<MObject> provided) {
    return expect("Load of '" + tableName + "'", postJson("data", dataRequest(tableName, filter, provided)), ObjectDataResponse.class);
  }

  /** Loads and decodes with a generated codec. */
  public <T> List<T> load(String tableName, ListFilter filter, FlowTypeCodec<T> codec) {
    return decode(load(tableName, filter), codec);
  }

  /** {@code PUT /data}: saves objects (those without an external id are inserted); answers them as saved. */
  public ObjectDataResponse save(String tableName, List<MObject> objects) {
    return expect("Save of '" + tableName + "'", sendJson("PUT", "data", dataRequest(tableName, null, objects)), ObjectDataResponse.class);
  }

  /** Encodes, saves and decodes the saved records. */
  public <T> List<T> save(String tableName, List<T> records, FlowTypeCodec<T> codec) {
    return decode(save(tableName, encode(records, codec)), codec);
  }

  /** {@code POST /data/delete}. */
  public ObjectDataResponse delete(String tableName, List<MObject> objects) {
    return expect("Delete from '" + tableName + "'", postJson("data/delete", dataRequest(tableName, null, objects)), ObjectDataResponse.class);
  }

  /** Encodes and deletes records. */
  public <T> ObjectDataResponse delete(String tableName, List<T> records, FlowTypeCodec<T> codec) {
    return delete(tableName, encode(records, codec));
  }

  /** The request a data call sends. */
  public ObjectDataRequest dataRequest(String tableName, ListFilter filter, List<MObject> objects) {
    return new ObjectDataRequest(
        stateId, UUID.randomUUID().toString(), null, null, null, configuration, null, culture, filter,
        new ObjectDataType(null, tableName, List.of()), objects);
  }

  // ---- files --------------------------------------------------------------------------------

  /** {@code POST /file}: the files under a resource path. */
  public ObjectDataResponse listFiles(String resourcePath, FileListFilter filter) {
    return expect("File list", postJson("file", fileRequest(resourcePath, null, filter)), ObjectDataResponse.class);
  }

  /** {@code POST /file/content}: uploads a file as multipart ({@code FileDataRequest} part, then {@code file} part). */
  public ObjectDataResponse uploadFile(String resourcePath, String fileName, String contentType, Path file) {
    try {
      return upload(resourcePath, fileName, contentType, BodyPublishers.ofFile(file));
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Uploads from a stream, sent chunked as it is read: never held whole in memory. */
  public ObjectDataResponse uploadFile(String resourcePath, String fileName, String contentType, InputStream content) {
    return upload(resourcePath, fileName, contentType, BodyPublishers.ofInputStream(() -> content));
  }

  /** Uploads bytes. */
  public ObjectDataResponse uploadFile(String resourcePath, String fileName, String contentType, byte[] content) {
    return upload(resourcePath, fileName, contentType, BodyPublishers.ofByteArray(content));
  }

  private ObjectDataResponse upload(String resourcePath, String fileName, String contentType, BodyPublisher file) {
    String boundary = "flowkit-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(System.nanoTime());
    String head =
        "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"FileDataRequest\"\r\n"
            + "Content-Type: application/json\r\n\r\n"
            + json(fileRequest(resourcePath, null, null)) + "\r\n"
            + "--" + boundary + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quote(fileName) + "\"\r\n"
            + "Content-Type: " + (contentType == null ? "application/octet-stream" : contentType) + "\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    BodyPublisher body =
        BodyPublishers.concat(
            BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)), file,
            BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.US_ASCII)));
    RawResponse response =
        send("POST", "file/content", Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), body);
    return expect("File upload", response, ObjectDataResponse.class);
  }

  /** {@code POST /file/delete}. */
  public ObjectDataResponse deleteFile(String resourcePath, String resourceFile) {
    return expect("File delete", postJson("file/delete", fileRequest(resourcePath, resourceFile, null)), ObjectDataResponse.class);
  }

  /** The {@code FileDataRequest} a file call sends. */
  public FileDataRequest fileRequest(String resourcePath, String resourceFile, FileListFilter filter) {
    return new FileDataRequest(
        stateId, null, UUID.randomUUID().toString(), null, configuration, culture, resourcePath, resourceFile, null, filter);
  }

  // ---- raw ----------------------------------------------------------------------------------

  /**
   * Sends anything to a path of the service, with this platform's authentication and tenant headers
   * (and those given, which win), and returns the answer whatever its status. For testing how a
   * service treats bad input.
   */
  public RawResponse send(String method, String path, Map<String, String> headers, BodyPublisher body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(timeout).method(method, body);
    request.header("Accept", "application/json");
    String authorization = basicAuthorization != null ? basicAuthorization : user != null ? UserTokens.encode(user) : null;
    if (authorization != null && !headers.containsKey("Authorization")) {
      request.header("Authorization", authorization);
    }
    if (tenantId != null && !headers.containsKey("ManyWhoTenant")) {
      request.header("ManyWhoTenant", tenantId);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new RawResponse(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("Calling " + resolve(path) + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling " + resolve(path), e);
    }
  }

  /** Sends bytes with a content type. */
  public RawResponse send(String method, String path, String contentType, byte[] body) {
    return send(method, path, contentType == null ? Map.of() : Map.of("Content-Type", contentType), BodyPublishers.ofByteArray(body));
  }

  private RawResponse postJson(String path, Object body) {
    return sendJson("POST", path, body);
  }

  private RawResponse sendJson(String method, String path, Object body) {
    return send(method, path, "application/json", json(body).getBytes(StandardCharsets.UTF_8));
  }

  private <T> T expect(String call, RawResponse response, Class<T> type) {
    if (response.status() / 100 != 2) {
      throw new ServiceCallException(call, response);
    }
    return response.as(type);
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write the request as JSON", e);
    }
  }

  /** The service URI joined with a relative path, the way the platform joins them. */
  private URI resolve(String path) {
    String relative = path == null ? "" : path;
    while (relative.startsWith("/")) {
      relative = relative.substring(1);
    }
    String base = serviceUri.getPath() == null ? "" : serviceUri.getPath();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    try {
      return new URI(serviceUri.getScheme(), serviceUri.getRawAuthority(), base + "/" + relative, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a usable path: " + path, e);
    }
  }

  private static <T> List<MObject> encode(List<T> records, FlowTypeCodec<T> codec) {
    List<MObject> objects = new ArrayList<>(records.size());
    for (T record : records) {
      objects.add(codec.encode(record));
    }
    return objects;
  }

  private static <T> List<T> decode(ObjectDataResponse response, FlowTypeCodec<T> codec) {
    List<T> records = new ArrayList<>(response.objectData().size());
    for (MObject object : response.objectData()) {
      records.add(codec.decode(object));
    }
    return records;
  }

  private static String quote(String text) {
    return text == null ? "file" : text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
  }

  private static String basicHeader(String username, String token) {
    if (username == null) {
      return null;
    }
    String pair = username + ":" + Objects.requireNonNull(token, "token");
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Configures a {@link FlowPlatform}. */
  public static final class Builder {
    private final URI serviceUri;
    private String basicAuthorization;
    private FlowUser user;
    private String tenantId = UUID.randomUUID().toString();
    private String stateId = UUID.randomUUID().toString();
    private List<EngineValue> configuration = List.of();
    private URI callbackUri;
    private Culture culture = new Culture(null, null, null, null, "EN", "USA", null, null);
    private Duration timeout = Duration.ofSeconds(30);
    private HttpClient httpClient;
    private SSLContext sslContext;

    private Builder(URI serviceUri) {
      this.serviceUri = Objects.requireNonNull(serviceUri, "serviceUri");
    }

    /** HTTP Basic credentials, as a Flow connector configured with a username and token sends them. */
    public Builder basicAuth(String username, String token) {
      this.basicAuthorization = basicHeader(Objects.requireNonNull(username, "username"), token);
      return this;
    }

    /** The running user, sent as the platform's user token when no Basic credentials are set. */
    public Builder user(FlowUser user) {
      this.user = user;
      return this;
    }

    /** The tenant; a random one by default. */
    public Builder tenantId(String tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /** The flow state; a random one by default. */
    public Builder stateId(String stateId) {
      this.stateId = stateId;
      return this;
    }

    /** The configuration values sent with every call. */
    public Builder configuration(List<EngineValue> values) {
      this.configuration = List.copyOf(values);
      return this;
    }

    /** Where services call back after {@code WAIT}. */
    public Builder callbackUri(URI uri) {
      this.callbackUri = uri;
      return this;
    }

    /** Callbacks go to this receiver. */
    public Builder callbacks(CallbackReceiver receiver) {
      return callbackUri(receiver.uri());
    }

    public Builder culture(Culture culture) {
      this.culture = culture;
      return this;
    }

    /** How long one call may take; default 30 s. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The TLS context for {@code https} services (trust, and a client certificate for mutual TLS). */
    public Builder sslContext(SSLContext context) {
      this.sslContext = context;
      return this;
    }

    /**
     * Builds the TLS context from a trust store (the service's certificate or CA) and, for mutual
     * TLS, a key store with the client certificate; either may be {@code null}. PKCS#12 or JKS.
     */
    public Builder tls(Path trustStore, String trustPassword, Path keyStore, String keyPassword) {
      return sslContext(sslContextOf(trustStore, trustPassword, keyStore, keyPassword));
    }

    /** Uses this HTTP client as is (its TLS settings win over {@link #sslContext}). */
    public Builder httpClient(HttpClient client) {
      this.httpClient = client;
      return this;
    }

    public FlowPlatform build() {
      return new FlowPlatform(this);
    }

    private HttpClient client() {
      if (httpClient != null) {
        return httpClient;
      }
      HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1);
      if (sslContext != null) {
        builder.sslContext(sslContext);
      }
      return builder.build();
    }
  }

  /** A TLS context trusting {@code trustStore} and presenting the key in {@code keyStore}; either may be {@code null}. */
  public static SSLContext sslContextOf(Path trustStore, String trustPassword, Path keyStore, String keyPassword) {
    try {
      TrustManagerFactory trust = null;
      if (trustStore != null) {
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustStore, trustPassword));
      }
      KeyManagerFactory keys = null;
      if (keyStore != null) {
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(keyStore, keyPassword), keyPassword == null ? null : keyPassword.toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("Cannot build a TLS context: " + e.getMessage(), e);
    }
  }

  private static KeyStore load(Path file, String password) throws GeneralSecurityException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password == null ? null : password.toCharArray());
      return store;
    }
  }
}
