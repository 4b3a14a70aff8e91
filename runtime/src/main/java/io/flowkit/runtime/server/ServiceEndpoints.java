package io.flowkit.runtime.server;

import static io.flowkit.runtime.wire.Abbreviations.abbreviate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.flowkit.runtime.http.Methods;
import io.flowkit.runtime.http.RequestBodies;
import io.flowkit.runtime.observe.FlowObserver;
import io.flowkit.runtime.service.CallInfo;
import io.flowkit.runtime.service.FileUpload;
import io.flowkit.runtime.service.FlowDispatcher;
import io.flowkit.runtime.service.RequestBodyException;
import io.flowkit.runtime.service.ServiceProblemException;
import io.flowkit.runtime.service.UserTokens;
import io.flowkit.runtime.wire.DescribeServiceRequest;
import io.flowkit.runtime.wire.FileDataRequest;
import io.flowkit.runtime.wire.InvokeType;
import io.flowkit.runtime.wire.ObjectDataRequest;
import io.flowkit.runtime.wire.ObjectDataResponse;
import io.flowkit.runtime.wire.ServiceRequest;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of one mounted service: routes its endpoints to the {@link FlowDispatcher}, reads
 * JSON and multipart bodies within the server's limits, and answers JSON or a {@code
 * ServiceProblem}.
 */
final class ServiceEndpoints {

  private static final Logger LOG = LoggerFactory.getLogger(FlowServer.class);

  private final FlowDispatcher<?> dispatcher;
  private final ObjectMapper mapper;
  private final ServerLimits limits;
  private final BasicCredentials credentials;
  private final FlowObserver observer;

  ServiceEndpoints(
      FlowDispatcher<?> dispatcher, ObjectMapper mapper, ServerLimits limits, BasicCredentials credentials,
      FlowObserver observer) {
    this.dispatcher = dispatcher;
    this.mapper = mapper;
    this.limits = limits;
    this.credentials = credentials;
    this.observer = observer;
  }

  String path() {
    return dispatcher.service().path();
  }

  /** Answers a request whose path within the service is {@code endpoint} (no leading slash). */
  void handle(Exchange exchange, String endpoint) {
    Request request = exchange.request();
    CallObservation observation = CallObservation.start(observer, dispatcher.service(), endpoint, request.getMethod());
    exchange.observe(observation);
    try {
      exchange.drainUpTo("file/content".equals(endpoint) ? limits.maxUploadBytes() : limits.maxBodyBytes());
      String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
      if (credentials != null && !credentials.accepts(authorization)) {
        throw new ServiceProblemException(
            401, "Authentication is required: HTTP Basic with the service's username and token", null,
            Map.of(HttpHeader.WWW_AUTHENTICATE.asString(), "Basic realm=\"flowkit\", charset=\"UTF-8\""));
      }
      CallInfo call = callInfo(exchange, authorization);
      String method = request.getMethod();
      switch (endpoint) {
        case "metadata":
          Methods.require(method, "GET", "POST");
          DescribeServiceRequest describe =
              "GET".equals(method) ? new DescribeServiceRequest(null, null, null) : readOptional(request, DescribeServiceRequest.class);
          exchange.sendJson(dispatcher.describe(describe));
          return;
        case "metadata/install":
          Methods.require(method, "POST");
          exchange.sendJson(dispatcher.install(readOptional(request, DescribeServiceRequest.class)));
          return;
        case "data":
          Methods.require(method, "POST", "PUT");
          ObjectDataRequest data = read(request, ObjectDataRequest.class);
          observation.dataRequest(data);
          exchange.sendJson("PUT".equals(method) ? dispatcher.save(data, call) : dispatcher.load(data, call));
          return;
        case "data/delete":
          Methods.require(method, "POST");
          ObjectDataRequest deletion = read(request, ObjectDataRequest.class);
          observation.dataRequest(deletion);
          exchange.sendJson(dispatcher.delete(deletion, call));
          return;
        case "file":
          Methods.require(method, "POST");
          FileDataRequest listing = read(request, FileDataRequest.class);
          observation.fileRequest(listing);
          exchange.sendJson(dispatcher.listFiles(listing, call));
          return;
        case "file/content":
          Methods.require(method, "POST");
          exchange.sendJson(upload(request, call, observation));
          return;
        case "file/delete":
          Methods.require(method, "POST");
          FileDataRequest fileDeletion = read(request, FileDataRequest.class);
          observation.fileRequest(fileDeletion);
          exchange.sendJson(dispatcher.deleteFile(fileDeletion, call));
          return;
        default:
          if (!dispatcher.hasMessageAction(endpoint)) {
            throw ServiceProblemException.notFound(
                "No message action or endpoint at '" + abbreviate(endpoint) + "' in service '" + dispatcher.service().name() + "'");
          }
          Methods.require(method, "POST");
          invoke(exchange, endpoint, read(request, ServiceRequest.class), call, observation);
      }
    } catch (ServiceProblemException e) {
      exchange.sendProblem(e);
    } catch (RuntimeException e) {
      LOG.error("Request {}: unexpected failure", exchange.requestId(), e);
      exchange.sendProblem(new ServiceProblemException(500, "The service failed unexpectedly"));
    }
  }

  private void invoke(Exchange exchange, String endpoint, ServiceRequest body, CallInfo call, CallObservation observation) {
    dispatcher
        .invoke(endpoint, body, call)
        .whenComplete(
            (answer, failure) -> {
              if (failure == null) {
                if (answer.invokeType() == InvokeType.WAIT) {
                  observation.waiting(exchange.requestId());
                }
                exchange.sendJson(answer);
                return;
              }
              Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
              if (cause instanceof ServiceProblemException problem) {
                exchange.sendProblem(problem);
              } else {
                LOG.error("Request {}: unexpected failure", exchange.requestId(), cause);
                exchange.sendProblem(new ServiceProblemException(500, "The service failed unexpectedly"));
              }
            });
  }

  private CallInfo callInfo(Exchange exchange, String authorization) {
    Request request = exchange.request();
    String userToken = authorization == null || UserTokens.isBasic(authorization) ? null : authorization;
    String tenant = request.getHeaders().get("ManyWhoTenant");
    if (tenant == null) {
      tenant = request.getHeaders().get("X-ManyWho-Tenant");
    }
    return new CallInfo(exchange.requestId(), userToken, tenant);
  }

  // ---- bodies -------------------------------------------------------------------------------

  private <T> T read(Request request, Class<T> type) {
    T value = readOptional(request, type);
    if (value == null) {
      throw ServiceProblemException.badRequest("The request has no JSON body");
    }
    return value;
  }

  /** The JSON body as {@code type}, or {@code null} when the body is empty. */
  private <T> T readOptional(Request request, Class<T> type) {
    requireJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    long declared = request.getLength();
    if (declared > limits.maxBodyBytes()) {
      throw RequestBodies.tooLarge(limits.maxBodyBytes()).toProblem();
    }
    try (InputStream body = RequestBodies.open(request, limits.maxBodyBytes())) {
      return parse(body, type);
    } catch (IOException e) {
      throw bodyProblem(e);
    }
  }

  private <T> T parse(InputStream body, Class<T> type) throws IOException {
    try {
      return mapper.readValue(body, type);
    } catch (JsonProcessingException e) {
      RequestBodyException cause = find(e, RequestBodyException.class);
      if (cause != null) {
        throw cause;
      }
      CharConversionException notUtf8 = find(e, CharConversionException.class);
      if (notUtf8 != null) {
        throw notUtf8;
      }
      StreamConstraintsException limit = find(e, StreamConstraintsException.class);
      if (limit != null) {
        boolean tooLong = isDocumentLength(limit);
        throw new ServiceProblemException(tooLong ? 413 : 400, limitMessage(limit), e);
      }
      StreamReadException malformed = find(e, StreamReadException.class);
      if (malformed != null) {
        String where =
            malformed.getLocation() == null
                ? ""
                : " at line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr();
        throw new ServiceProblemException(400, "Malformed JSON" + where, e);
      }
      if (e instanceof MismatchedInputException mismatch
          && mismatch.getPath().isEmpty()
          && mismatch.getOriginalMessage() != null
          && mismatch.getOriginalMessage().startsWith("No content to map")) {
        return null;
      }
      if (e instanceof JsonMappingException mapping) {
        throw new ServiceProblemException(400, "The request body does not fit a " + type.getSimpleName() + at(mapping), e);
      }
      throw new ServiceProblemException(400, "Malformed JSON", e);
    }
  }

  private String limitMessage(StreamConstraintsException e) {
    String text = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
    if (text.contains("nesting depth")) {
      return "The JSON is nested deeper than the limit of " + limits.maxJsonDepth() + " levels";
    }
    if (text.contains("string value length")) {
      return "A JSON string is longer than the limit of " + limits.maxStringLength() + " characters";
    }
    if (isDocumentLength(e)) {
      return "The request body is larger than the limit of " + limits.maxBodyBytes() + " bytes";
    }
    return "The JSON exceeds a limit of the server";
  }

  private static boolean isDocumentLength(StreamConstraintsException e) {
    return e.getOriginalMessage() != null && e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("document length");
  }

  private static String at(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(abbreviate(reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    String reason = "";
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
      reason = ": " + abbreviate(cause.getMessage(), 300); // room to list what is supported
    }
    return path.length() == 0 ? reason : " at '" + path + "'" + reason;
  }

  /** The refusal for a body that could not be read. */
  private static ServiceProblemException bodyProblem(IOException e) {
    RequestBodyException cause = find(e, RequestBodyException.class);
    if (cause != null) {
      return cause.toProblem();
    }
    if (find(e, TimeoutException.class) != null) {
      return new ServiceProblemException(408, "The request body arrived too slowly", e);
    }
    CharConversionException notUtf8 = find(e, CharConversionException.class);
    if (notUtf8 != null) {
      return new ServiceProblemException(400, "Malformed JSON: " + notUtf8.getMessage(), e);
    }
    return new ServiceProblemException(400, "The request body could not be read", e);
  }

  private static void requireJson(String contentType) {
    if (contentType == null) {
      return;
    }
    String type = mediaType(contentType);
    if (!isJson(type)) {
      throw new ServiceProblemException(415, "Expected Content-Type application/json, not " + abbreviate(type));
    }
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
  }

  private static <X extends Throwable> X find(Throwable failure, Class<X> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  // ---- uploads ------------------------------------------------------------------------------

  /**
   * Reads the parts of an upload: the {@code FileDataRequest} JSON part (by name, or the first JSON
   * part) and the {@code file} part (by name, or the first part with a file name or another content
   * type). When the request part comes first, as the platform sends it, the file is streamed
   * straight to the implementation; otherwise it is spooled to a temporary file first.
   */
  private ObjectDataResponse upload(Request request, CallInfo call, CallObservation observation) {
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String boundary = MultipartReader.boundary(contentType);
    if (boundary == null) {
      throw new ServiceProblemException(415, "Expected Content-Type multipart/form-data with a boundary");
    }
    if (request.getLength() > limits.maxUploadBytes()) {
      throw RequestBodies.tooLarge(limits.maxUploadBytes()).toProblem();
    }
    Path spooled = null;
    try (InputStream body = RequestBodies.open(request, limits.maxUploadBytes())) {
      MultipartReader reader = new MultipartReader(body, boundary);
      FileDataRequest fileRequest = null;
      ObjectDataResponse answer = null;
      String spooledName = null;
      String spooledType = null;
      boolean fileSeen = false;
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String name = part.name();
        boolean json = part.contentType() != null && isJson(mediaType(part.contentType()));
        if (fileRequest == null && ("FileDataRequest".equalsIgnoreCase(name) || (json && !"file".equalsIgnoreCase(name) && part.fileName() == null))) {
          fileRequest = parse(RequestBodies.bounded(part.content(), limits.maxBodyBytes()), FileDataRequest.class);
          if (fileRequest == null) {
            throw ServiceProblemException.badRequest("The FileDataRequest part is empty");
          }
          observation.fileRequest(fileRequest);
        } else if (!fileSeen && ("file".equalsIgnoreCase(name) || part.fileName() != null || !json)) {
          fileSeen = true;
          if (fileRequest != null) {
            // The implementation's read ends only once the whole body arrived well-formed.
            answer = dispatchUpload(fileRequest, part.fileName(), part.contentType(), part.length(), part.contentToEnd(), call);
          } else {
            spooled = Files.createTempFile("flowkit-upload-", ".part");
            try (OutputStream out = Files.newOutputStream(spooled, StandardOpenOption.WRITE)) {
              part.content().transferTo(out);
            }
            spooledName = part.fileName();
            spooledType = part.contentType();
          }
        }
      }
      if (fileRequest == null) {
        throw ServiceProblemException.badRequest("No file data request was given (part 'FileDataRequest')");
      }
      if (!fileSeen) {
        throw ServiceProblemException.badRequest("No file was uploaded (part 'file')");
      }
      if (spooled != null) {
        // Handed over only now that the whole body has been read: a refused request stores nothing.
        try (InputStream content = Files.newInputStream(spooled)) {
          answer = dispatchUpload(fileRequest, spooledName, spooledType, Files.size(spooled), content, call);
        }
      }
      return answer;
    } catch (IOException e) {
      throw bodyProblem(e);
    } finally {
      if (spooled != null) {
        try {
          Files.deleteIfExists(spooled);
        } catch (IOException e) {
          LOG.warn("Request {}: could not delete the temporary upload {}", call.requestId(), spooled);
        }
      }
    }
  }

  private ObjectDataResponse dispatchUpload(
      FileDataRequest fileRequest, String fileName, String contentType, long size, InputStream content, CallInfo call) {
    FailureTrackingStream tracked = new FailureTrackingStream(content);
    try {
      return dispatcher.uploadFile(
          fileRequest, new FileUpload(fileRequest.resourcePath(), fileName, contentType, size, tracked), call);
    } catch (ServiceProblemException e) {
      // An implementation that failed because the body broke off is the client's problem, not a 500.
      if (tracked.failure != null) {
        throw bodyProblem(tracked.failure);
      }
      throw e;
    }
  }

  /** The media type of a Content-Type, without parameters; never fails on a malformed header. */
  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Remembers the body failure an implementation saw while reading an upload. */
  private static final class FailureTrackingStream extends FilterInputStream {
    private IOException failure;

    FailureTrackingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void close() {
      // The server owns the request body; implementations closing it must not end the multipart read.
    }
  }
}
