package io.flowkit.runtime.service;

import static io.flowkit.runtime.service.ServiceCalls.call;
import static io.flowkit.runtime.service.ServiceCalls.implementationProblem;
import static io.flowkit.runtime.service.ServiceCalls.redacting;
import static io.flowkit.runtime.service.ServiceCalls.singleObject;
import static io.flowkit.runtime.wire.Abbreviations.abbreviate;

import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.wire.FileDataRequest;
import io.flowkit.runtime.wire.FileListFilter;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File resources for {@link FlowDispatcher}: {@code /file} (list), {@code /file/content} (upload)
 * and {@code /file/delete}, through the resource the request's path names.
 *
 * @param <C> the service's configuration record
 */
final class FileDispatch<C> {

  private final ServiceCalls<C> calls;

  FileDispatch(ServiceCalls<C> calls) {
    this.calls = calls;
  }

  /** See {@link FlowDispatcher#listFiles}. */
  ObjectDataResponse listFiles(FileDataRequest request, CallInfo call) {
    return redacting(calls.secrets(request.configurationValues()), s -> listFiles(fileBinding(request), request, call, s));
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

  /** See {@link FlowDispatcher#uploadFile}. */
  ObjectDataResponse uploadFile(FileDataRequest request, FileUpload upload, CallInfo call) {
    return redacting(
        calls.secrets(request.configurationValues()),
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

  /** See {@link FlowDispatcher#deleteFile}. */
  ObjectDataResponse deleteFile(FileDataRequest request, CallInfo call) {
    return redacting(calls.secrets(request.configurationValues()), s -> deleteFile(fileBinding(request), request, call, s));
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
    FlowService<C> service = calls.service();
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
    return calls.context(request.configurationValues(), request.stateId(), request.token(), request.culture(), call);
  }

  private <R> MObject encodeFile(FileResourceBinding<C, R> binding, R file, String what, CallInfo call, Secrets secrets) {
    MObject encoded = call(() -> binding.codec().encode(file), what, call, secrets);
    if (encoded == null) {
      throw implementationProblem(what, new IllegalStateException("the file record encoded to nothing"), call, secrets);
    }
    return singleObject(encoded);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
