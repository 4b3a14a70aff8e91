package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.DescribeServiceRequest;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.FileDataRequest;
import io.flowkit.runtime.wire.ObjectDataRequest;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.ServiceRequest;
import io.flowkit.runtime.wire.ServiceResponse;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

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
 * <p>This is the front; the work is done by {@code MessageDispatch}, {@code DataDispatch} and
 * {@code FileDispatch}, on what {@code ServiceCalls} gives every call.
 *
 * @param <C> the service's configuration record
 */
public final class FlowDispatcher<C> {

  private final FlowService<C> service;
  private final DescribeServiceResponse description;
  private final MessageDispatch<C> messages;
  private final DataDispatch<C> data;
  private final FileDispatch<C> files;

  public FlowDispatcher(FlowService<C> service, DispatchOptions options) {
    this.service = Objects.requireNonNull(service, "service");
    Objects.requireNonNull(options, "options");
    this.description = service.describe();
    ServiceCalls<C> calls = new ServiceCalls<>(service);
    this.messages = new MessageDispatch<>(calls, options);
    this.data = new DataDispatch<>(calls);
    this.files = new FileDispatch<>(calls);
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
    return messages.has(uriPart);
  }

  /**
   * Invokes the message action at {@code uriPart}. The stage completes with {@code FORWARD} and the
   * outputs, or with {@code WAIT} (then the final answer goes to the request's {@code
   * callbackUri}), or exceptionally with a {@link ServiceProblemException}.
   *
   * @throws ServiceProblemException at once for an unknown action or undecodable input
   */
  public CompletionStage<ServiceResponse> invoke(String uriPart, ServiceRequest request, CallInfo call) {
    return messages.invoke(uriPart, request, call);
  }

  /**
   * {@code POST /data}: one object when {@code listFilter.id} is set, otherwise the implementation's
   * answer to the translated query; with {@code filterByProvidedObjects} the query runs in memory
   * over fresh copies (by id) of the objects the request supplied.
   */
  public ObjectDataResponse load(ObjectDataRequest request, CallInfo call) {
    return data.load(request, call);
  }

  /**
   * {@code PUT /data}: every object is decoded first (so bad input saves nothing), then saved;
   * objects without an external id are inserts. Answers the saved objects, inserts first, each
   * with its external id.
   */
  public ObjectDataResponse save(ObjectDataRequest request, CallInfo call) {
    return data.save(request, call);
  }

  /**
   * {@code POST /data/delete}: deletes every object supplied (decoded first), or, when none is,
   * the object {@code listFilter.id} names. Answers an empty list.
   */
  public ObjectDataResponse delete(ObjectDataRequest request, CallInfo call) {
    return data.delete(request, call);
  }

  /** {@code POST /file}: the files of the resource {@code resourcePath} names. */
  public ObjectDataResponse listFiles(FileDataRequest request, CallInfo call) {
    return files.listFiles(request, call);
  }

  /**
   * {@code POST /file/content}: hands the streamed file to the resource {@code resourcePath} names
   * and answers the one {@code $File} it returns, which must carry an external id.
   */
  public ObjectDataResponse uploadFile(FileDataRequest request, FileUpload upload, CallInfo call) {
    return files.uploadFile(request, upload, call);
  }

  /** {@code POST /file/delete}: deletes the file {@code resourceFile} names. */
  public ObjectDataResponse deleteFile(FileDataRequest request, CallInfo call) {
    return files.deleteFile(request, call);
  }
}
