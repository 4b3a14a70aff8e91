package io.flowkit.runtime.service;

import io.flowkit.runtime.codec.CodecException;
import io.flowkit.runtime.codec.MissingValueException;
import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.InvalidQueryException;
import io.flowkit.runtime.query.ListFilterQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.query.QueryField;
import io.flowkit.runtime.wire.Culture;
import io.flowkit.runtime.wire.DescribeServiceRequest;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.FileDataRequest;
import io.flowkit.runtime.wire.FileListFilter;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ListFilter;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataRequest;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.ServiceResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the Flow service protocol for one {@link FlowService}, independent of any transport: it
 * takes the wire requests, decodes configuration and inputs with the service's generated codecs,
 * calls the user's implementations and encodes their answers.
 *
 * <p>Every refused call ends in a {@link ServiceProblemException}: 400 for bad input (a missing
 * required configuration value, a value its content type cannot hold, an unknown type or column),
 * 404 for an unknown message action, the implementation's own status when it throws a {@code
 * ServiceProblemException}, and 500 (logged with the request id, never with details to the caller)
 * when an implementation fails otherwise. Problem messages, callback faults and logged failures
 * never quote the call's secret configuration values (see {@link Secrets}).
 *
 * <p>Answers are put into the form the platform expects whatever codec produced them: outputs carry
 * {@code objectData: []} rather than {@code null}, passwords never carry their value, loaded and
 * saved objects always carry their external id.
 *
 * <p>Message actions run on {@link DispatchOptions#actionExecutor()}. When the returned stage is not
 * complete within the sync timeout (or the implementation calls {@link ActionContext#answerWait}),
 * the call is answered {@code WAIT} and the final {@code ServiceResponse} is handed to {@link
 * DispatchOptions#callbacks()} once the stage completes. Nothing blocks while waiting.
 *
 * @param <C> the service's configuration record
 */
public final class FlowDispatcher<C> {

  private static final Logger LOG = LoggerFactory.getLogger(FlowDispatcher.class);

  private final FlowService<C> service;
  private final DispatchOptions options;
  private final DescribeServiceResponse description;

  public FlowDispatcher(FlowService<C> service, DispatchOptions options) {
    this.service = Objects.requireNonNull(service, "service");
    this.options = Objects.requireNonNull(options, "options");
    this.description = service.describe();
  }

  public FlowService<C> service() {
    return service;
  }

  /**
   * {@code /metadata}: the service's full describe metadata. Configuration values in the request
   * are not read, so describe works before the builder has filled them in.
   */
  public DescribeServiceResponse describe(DescribeServiceRequest request) {
    return description;
  }

  /**
   * {@code /metadata/install}: the superset the platform may read, with {@code actions}, {@code
   * install.typeElements} and {@code types}. Configuration values are not enforced either.
   */
  public DescribeServiceResponse install(DescribeServiceRequest request) {
    return description;
  }

  /** Whether a message action is advertised at this uri part (slashes around it ignored). */
  public boolean hasMessageAction(String uriPart) {
    return service.messageAction(FlowService.trimSlashes(uriPart)).isPresent();
  }

  /**
   * Invokes the message action at {@code uriPart}. The stage completes with {@code FORWARD} and the
   * outputs, or with {@code WAIT} (then the final answer goes to the request's {@code
   * callbackUri}), or exceptionally with a {@link ServiceProblemException}.
   *
   * @throws ServiceProblemException at once for an unknown action or undecodable input
   */
  public CompletionStage<ServiceResponse> invoke(String uriPart, ServiceRequest request, CallInfo call) {
    String path = FlowService.trimSlashes(uriPart);
    MessageActionBinding<C, ?, ?> binding =
        service
            .messageAction(path)
            .orElseThrow(() -> ServiceProblemException.notFound("No message action at '" + abbreviate(path) + "'"));
    return invoke(binding, request, call);
  }

  private <I, O> CompletionStage<ServiceResponse> invoke(
      MessageActionBinding<C, I, O> binding, ServiceRequest request, CallInfo call) {
    return redacting(secrets(request.configurationValues()), s -> invoke(binding, request, call, s));
  }

  private <I, O> CompletionStage<ServiceResponse> invoke(
      MessageActionBinding<C, I, O> binding, ServiceRequest request, CallInfo call, Secrets secrets) {
    String action = binding.description().developerName();
    C configuration = configuration(request.configurationValues());
    I input = decode(() -> binding.decodeInputs().apply(request.inputs()), "input");
    FlowUser user = UserTokens.parse(call.userToken()).orElse(null);
    CallContext<C> context =
        new CallContext<>(
            configuration, firstOf(request.tenantId(), call.tenantId(), user == null ? null : user.tenantId()),
            request.stateId(), request.token(), request.culture(), user, call.requestId(), request.outcomes());
    URI callback = callbackUri(request.callbackUri(), call);
    CompletableFuture<ServiceResponse> answer = new CompletableFuture<>();
    if (callback != null) {
      Runnable answerWait =
          () -> {
            String message = Objects.requireNonNullElse(context.currentWaitMessage(), options.waitMessage());
            if (answer.complete(ServiceResponse.waiting(request, message))) {
              LOG.info("Request {}: action '{}' answered WAIT; its result will go to the callback URI", call.requestId(), action);
            }
          };
      context.onAnswerWait(answerWait);
      Duration timeout = binding.syncTimeout() != null ? binding.syncTimeout() : options.syncTimeout();
      ScheduledFuture<?> timer;
      try {
        timer = options.scheduler().schedule(answerWait, timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        throw new ServiceProblemException(503, "The service is stopping", e);
      }
      answer.whenComplete((response, failure) -> timer.cancel(false));
    } else {
      context.onAnswerWait(
          () -> LOG.debug("Request {}: action '{}' asked to answer WAIT, but the request has no callback URI", call.requestId(), action));
    }
    try {
      options.actionExecutor().execute(() -> run(binding, input, context, request, call, callback, answer, secrets));
    } catch (RejectedExecutionException e) {
      answer.completeExceptionally(new ServiceProblemException(503, "The service is too busy or stopping", e));
    }
    return answer;
  }

  private <I, O> void run(
      MessageActionBinding<C, I, O> binding,
      I input,
      CallContext<C> context,
      ServiceRequest request,
      CallInfo call,
      URI callback,
      CompletableFuture<ServiceResponse> answer,
      Secrets secrets) {
    CompletionStage<O> stage;
    try {
      stage = binding.implementation().executeAsync(input, context);
      if (stage == null) {
        stage = CompletableFuture.failedFuture(new IllegalStateException("executeAsync returned null"));
      }
    } catch (Throwable t) {
      stage = CompletableFuture.failedFuture(t);
    }
    stage.whenComplete((output, failure) -> finish(binding, context, request, call, callback, answer, output, failure, secrets));
  }

  private <I, O> void finish(
      MessageActionBinding<C, I, O> binding,
      CallContext<C> context,
      ServiceRequest request,
      CallInfo call,
      URI callback,
      CompletableFuture<ServiceResponse> answer,
      O output,
      Throwable failure,
      Secrets secrets) {
    String action = binding.description().developerName();
    ServiceResponse response = null;
    Throwable cause = unwrap(failure);
    if (cause == null) {
      try {
        List<EngineValue> outputs = output == null ? List.of() : binding.encodeOutputs().apply(output);
        response = forward(request, OutboundValues.engineValues(outputs), context.selectedOutcomeId());
      } catch (RuntimeException e) {
        cause = e;
      }
    }
    ServiceProblemException problem =
        cause == null
            ? null
            : secrets.redact(implementationProblem("The message action '" + action + "'", cause, call, secrets));
    boolean answeredInTime = problem == null ? answer.complete(response) : answer.completeExceptionally(problem);
    if (answeredInTime) {
      return;
    }
    // Only a WAIT answer can have come first, and only when there is a callback URI.
    ServiceResponse result = problem == null ? response : faulted(request, action, problem.getMessage());
    if (callback != null) {
      options.callbacks().send(new CallbackRequest(callback, result, call.userToken(), context.tenantId(), call.requestId()));
    }
  }

  private static ServiceResponse forward(ServiceRequest request, List<EngineValue> outputs, String selectedOutcomeId) {
    return new ServiceResponse(
        request.token(), request.tenantId(), null, null, InvokeType.FORWARD, null, outputs, selectedOutcomeId,
        null, null, null);
  }

  private static ServiceResponse faulted(ServiceRequest request, String action, String message) {
    return new ServiceResponse(
        request.token(), request.tenantId(), null, null, InvokeType.FORWARD, null, List.of(), null,
        Map.of(action, message), null, null);
  }

  // ---- data actions -------------------------------------------------------------------------

  /**
   * {@code POST /data}: one object when {@code listFilter.id} is set, otherwise the implementation's
   * answer to the translated query; with {@code filterByProvidedObjects} the query runs in memory
   * over fresh copies (by id) of the objects the request supplied.
   */
  public ObjectDataResponse load(ObjectDataRequest request, CallInfo call) {
    return redacting(secrets(request.configurationValues()), s -> load(dataBinding(request), request, call, s));
  }

  private <T, F extends QueryField<T>> ObjectDataResponse load(
      DataActionBinding<C, T, F> binding, ObjectDataRequest request, CallInfo call, Secrets secrets) {
    CallContext<C> context = dataContext(request, call);
    DataAction<C, T, F> data = binding.implementation();
    String what = "Loading '" + binding.tableName() + "'";
    ListFilter filter = request.listFilter();
    if (filter != null && filter.id() != null && !filter.id().isEmpty()) {
      Optional<T> found = call(() -> data.get(filter.id(), context), what, call, secrets);
      List<MObject> objects =
          found == null || found.isEmpty() ? List.of() : List.of(encodeWithId(binding, found.get(), what, call, secrets));
      return ObjectDataResponse.of(objects, false);
    }
    Query<F> query;
    try {
      query = ListFilterQuery.translate(filter, binding.fields());
    } catch (InvalidQueryException e) {
      throw new ServiceProblemException(400, e.getMessage(), e);
    }
    Page<T> page;
    if (filter != null && filter.filterByProvidedObjects()) {
      List<T> fresh = new ArrayList<>();
      for (MObject provided : request.objectData()) {
        if (provided != null && provided.externalId() != null && !provided.externalId().isEmpty()) {
          Optional<T> found = call(() -> data.get(provided.externalId(), context), what, call, secrets);
          if (found != null) {
            found.ifPresent(fresh::add);
          }
        }
      }
      page = InMemoryQuery.apply(query, fresh);
    } else {
      page = call(() -> data.query(query, context), what, call, secrets);
      if (page == null) {
        throw implementationProblem(what, new IllegalStateException("query returned no page"), call, secrets);
      }
    }
    List<MObject> objects = new ArrayList<>(page.items().size());
    for (T item : page.items()) {
      objects.add(encodeWithId(binding, item, what, call, secrets));
    }
    return ObjectDataResponse.of(objects, page.hasMoreResults());
  }

  /**
   * {@code PUT /data}: every object is decoded first (so bad input saves nothing), then saved;
   * objects without an external id are inserts. Answers the saved objects, inserts first, each
   * with its external id.
   */
  public ObjectDataResponse save(ObjectDataRequest request, CallInfo call) {
    return redacting(secrets(request.configurationValues()), s -> save(dataBinding(request), request, call, s));
  }

  private <T, F extends QueryField<T>> ObjectDataResponse save(
      DataActionBinding<C, T, F> binding, ObjectDataRequest request, CallInfo call, Secrets secrets) {
    CallContext<C> context = dataContext(request, call);
    List<T> records = decodeObjects(binding, request.objectData());
    String what = "Saving '" + binding.tableName() + "'";
    List<MObject> created = new ArrayList<>();
    List<MObject> updated = new ArrayList<>();
    int index = 0;
    for (MObject object : request.objectData()) {
      if (object == null) {
        continue;
      }
      T record = records.get(index++);
      T saved = call(() -> binding.implementation().save(record, context), what, call, secrets);
      if (saved == null) {
        throw implementationProblem(what, new IllegalStateException("save returned nothing"), call, secrets);
      }
      MObject encoded = encodeWithId(binding, saved, what, call, secrets);
      boolean insert = object.externalId() == null || object.externalId().isEmpty();
      (insert ? created : updated).add(encoded);
    }
    List<MObject> all = new ArrayList<>(created);
    all.addAll(updated);
    return ObjectDataResponse.of(all, false);
  }

  /**
   * {@code POST /data/delete}: deletes every object supplied (decoded first), or, when none is,
   * the object {@code listFilter.id} names. Answers an empty list.
   */
  public ObjectDataResponse delete(ObjectDataRequest request, CallInfo call) {
    return redacting(secrets(request.configurationValues()), s -> delete(dataBinding(request), request, call, s));
  }

  private <T, F extends QueryField<T>> ObjectDataResponse delete(
      DataActionBinding<C, T, F> binding, ObjectDataRequest request, CallInfo call, Secrets secrets) {
    CallContext<C> context = dataContext(request, call);
    String what = "Deleting from '" + binding.tableName() + "'";
    List<T> records = decodeObjects(binding, request.objectData());
    ListFilter filter = request.listFilter();
    if (records.isEmpty() && filter != null && filter.id() != null && !filter.id().isEmpty()) {
      Optional<T> found = call(() -> binding.implementation().get(filter.id(), context), what, call, secrets);
      if (found != null) {
        found.ifPresent(records::add);
      }
    }
    for (T record : records) {
      call(
          () -> {
            binding.implementation().delete(record, context);
            return null;
          },
          what,
          call,
          secrets);
    }
    return ObjectDataResponse.of(List.of(), false);
  }

  private DataActionBinding<C, ?, ?> dataBinding(ObjectDataRequest request) {
    if (request.objectDataType() == null
        || request.objectDataType().developerName() == null
        || request.objectDataType().developerName().isBlank()) {
      throw ServiceProblemException.badRequest("The request names no type (objectDataType.developerName)");
    }
    String table = request.objectDataType().developerName();
    return service
        .dataAction(table)
        .orElseThrow(() -> ServiceProblemException.badRequest("Unknown type '" + abbreviate(table) + "': the service has no binding with that table name"));
  }

  private CallContext<C> dataContext(ObjectDataRequest request, CallInfo call) {
    C configuration = configuration(request.configurationValues());
    return context(configuration, request.stateId(), request.token(), request.culture(), call);
  }

  private <T> List<T> decodeObjects(DataActionBinding<C, T, ?> binding, List<MObject> objects) {
    List<T> records = new ArrayList<>(objects.size());
    int index = 0;
    for (MObject object : objects) {
      if (object != null) {
        String path = "objectData[" + index + "]";
        records.add(decode(() -> binding.codec().decode(object), path));
      }
      index++;
    }
    return records;
  }

  /**
   * A loaded or saved record on the wire; the platform keys bound objects by external id, so one
   * without it is the implementation's fault (the record's identifier is empty).
   */
  private <T> MObject encodeWithId(DataActionBinding<C, T, ?> binding, T record, String what, CallInfo call, Secrets secrets) {
    MObject encoded;
    try {
      encoded = binding.codec().encode(record);
    } catch (RuntimeException e) {
      throw implementationProblem(what, e, call, secrets);
    }
    if (encoded == null || encoded.externalId() == null || encoded.externalId().isEmpty()) {
      throw implementationProblem(what, new IllegalStateException("a " + binding.tableName() + " without an identifier"), call, secrets);
    }
    return singleObject(encoded);
  }

  private static MObject singleObject(MObject object) {
    return OutboundValues.objects(List.of(object)).get(0);
  }

  // ---- file resources -----------------------------------------------------------------------

  /** {@code POST /file}: the files of the resource {@code resourcePath} names. */
  public ObjectDataResponse listFiles(FileDataRequest request, CallInfo call) {
    return redacting(secrets(request.configurationValues()), s -> listFiles(fileBinding(request), request, call, s));
  }

  private <R> ObjectDataResponse listFiles(
      FileResourceBinding<C, R> binding, FileDataRequest request, CallInfo call, Secrets secrets) {
    CallContext<C> context = fileContext(request, call);
    FileListFilter filter = request.listFilter();
    FileQuery query =
        filter == null
            ? new FileQuery(request.resourcePath(), null, null, null, 0, 0)
            : new FileQuery(
                request.resourcePath(), blankToNull(filter.search()), blankToNull(filter.orderByPropertyDeveloperName()),
                filter.orderByDirectionType(), filter.limit(), filter.offset());
    if (query.limit() < 0 || query.offset() < 0) {
      throw ServiceProblemException.badRequest("limit and offset must not be negative");
    }
    String what = "Listing files of '" + binding.path() + "'";
    Page<R> page = call(() -> binding.implementation().list(query, context), what, call, secrets);
    if (page == null) {
      throw implementationProblem(what, new IllegalStateException("list returned no page"), call, secrets);
    }
    List<MObject> objects = new ArrayList<>(page.items().size());
    for (R file : page.items()) {
      objects.add(encodeFile(binding, file, what, call, secrets));
    }
    return ObjectDataResponse.of(objects, page.hasMoreResults());
  }

  /**
   * {@code POST /file/content}: hands the streamed file to the resource {@code resourcePath} names
   * and answers the one {@code $File} it returns, which must carry an external id.
   */
  public ObjectDataResponse uploadFile(FileDataRequest request, FileUpload upload, CallInfo call) {
    return redacting(
        secrets(request.configurationValues()),
        s -> uploadFile(fileBinding(request), request, upload, call, s));
  }

  private <R> ObjectDataResponse uploadFile(
      FileResourceBinding<C, R> binding, FileDataRequest request, FileUpload upload, CallInfo call, Secrets secrets) {
    CallContext<C> context = fileContext(request, call);
    String what = "Uploading to '" + binding.path() + "'";
    R file = call(() -> binding.implementation().upload(upload, context), what, call, secrets);
    if (file == null) {
      throw implementationProblem(what, new IllegalStateException("upload returned nothing"), call, secrets);
    }
    MObject encoded = encodeFile(binding, file, what, call, secrets);
    if (encoded.externalId() == null || encoded.externalId().isEmpty()) {
      throw implementationProblem(what, new IllegalStateException("the uploaded file has no external id"), call, secrets);
    }
    return ObjectDataResponse.of(List.of(encoded), false);
  }

  /** {@code POST /file/delete}: deletes the file {@code resourceFile} names. */
  public ObjectDataResponse deleteFile(FileDataRequest request, CallInfo call) {
    return redacting(secrets(request.configurationValues()), s -> deleteFile(fileBinding(request), request, call, s));
  }

  private ObjectDataResponse deleteFile(
      FileResourceBinding<C, ?> binding, FileDataRequest request, CallInfo call, Secrets secrets) {
    if (request.resourceFile() == null || request.resourceFile().isBlank()) {
      throw ServiceProblemException.badRequest("The request names no file (resourceFile)");
    }
    CallContext<C> context = fileContext(request, call);
    FileReference file = new FileReference(request.resourcePath(), request.resourceFile());
    call(
        () -> {
          binding.implementation().delete(file, context);
          return null;
        },
        "Deleting a file of '" + binding.path() + "'",
        call,
        secrets);
    return ObjectDataResponse.of(List.of(), false);
  }

  /**
   * The resource with the request's path, or, when no resource has that path and the service has
   * only one, that one: the platform's resource path may be a folder the builder typed.
   */
  private FileResourceBinding<C, ?> fileBinding(FileDataRequest request) {
    Optional<FileResourceBinding<C, ?>> exact = service.fileResource(request.resourcePath());
    if (exact.isPresent()) {
      return exact.get();
    }
    if (service.fileResources().size() == 1) {
      return service.fileResources().iterator().next();
    }
    if (service.fileResources().isEmpty()) {
      throw ServiceProblemException.notFound("The service has no file resources");
    }
    throw ServiceProblemException.badRequest(
        "Unknown resource path '" + abbreviate(String.valueOf(request.resourcePath())) + "'");
  }

  private CallContext<C> fileContext(FileDataRequest request, CallInfo call) {
    C configuration = configuration(request.configurationValues());
    return context(configuration, request.stateId(), request.token(), request.culture(), call);
  }

  private <R> MObject encodeFile(FileResourceBinding<C, R> binding, R file, String what, CallInfo call, Secrets secrets) {
    MObject encoded;
    try {
      encoded = binding.codec().encode(file);
    } catch (RuntimeException e) {
      throw implementationProblem(what, e, call, secrets);
    }
    if (encoded == null) {
      throw implementationProblem(what, new IllegalStateException("the file record encoded to nothing"), call, secrets);
    }
    return singleObject(encoded);
  }

  // ---- shared -------------------------------------------------------------------------------

  private CallContext<C> context(C configuration, String stateId, String token, Culture culture, CallInfo call) {
    FlowUser user = UserTokens.parse(call.userToken()).orElse(null);
    String tenant = firstOf(call.tenantId(), user == null ? null : user.tenantId());
    return new CallContext<>(configuration, tenant, stateId, token, culture, user, call.requestId());
  }

  /** Runs {@code body} with the call's secrets: a problem it raises leaves with them masked. */
  private static <R> R redacting(Secrets secrets, Function<Secrets, R> body) {
    try {
      return body.apply(secrets);
    } catch (ServiceProblemException e) {
      throw secrets.redact(e);
    }
  }

  private Secrets secrets(List<EngineValue> configurationValues) {
    return Secrets.of(service.configurationValues(), configurationValues);
  }

  private C configuration(List<EngineValue> values) {
    try {
      return service.configuration().decode(values);
    } catch (MissingValueException e) {
      throw new ServiceProblemException(400, "Missing required configuration value '" + e.path() + "'", e);
    } catch (CodecException e) {
      throw new ServiceProblemException(400, "Bad configuration value " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ServiceProblemException(400, "The configuration values could not be read", e);
    }
  }

  private static <V> V decode(Callable<V> decoding, String what) {
    try {
      return decoding.call();
    } catch (MissingValueException e) {
      throw new ServiceProblemException(400, "Missing required " + what + " '" + e.path() + "'", e);
    } catch (CodecException e) {
      throw new ServiceProblemException(400, "Bad " + what + " " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ServiceProblemException(400, "The " + what + " could not be read", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <V> V call(Callable<V> work, String what, CallInfo call, Secrets secrets) {
    try {
      return work.call();
    } catch (Exception e) {
      throw implementationProblem(what, e, call, secrets);
    }
  }

  /**
   * The problem an implementation chose ({@link ServiceProblemException}), a 400 for an operation
   * the service does not offer or a broken request body, else a 500, logged with the request id
   * and the stack trace (secrets masked) and told to the caller without details.
   */
  private static ServiceProblemException implementationProblem(
      String what, Throwable failure, CallInfo call, Secrets secrets) {
    if (failure instanceof ServiceProblemException problem) {
      return problem;
    }
    if (failure instanceof OperationNotSupportedException unsupported) {
      return new ServiceProblemException(400, unsupported.getMessage(), unsupported);
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RequestBodyException broken) {
        return new ServiceProblemException(broken.status(), broken.getMessage(), failure);
      }
    }
    LOG.error("Request {}: {} failed", call.requestId(), what, secrets.redactForLog(failure));
    return new ServiceProblemException(500, what + " failed", failure);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The callback URI, when the request has a usable one; WAIT is only answered then. */
  private static URI callbackUri(String text, CallInfo call) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    LOG.warn("Request {}: ignoring the callback URI, which is not an absolute http(s) URI", call.requestId());
    return null;
  }

  private static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 61) + "...";
  }
}
