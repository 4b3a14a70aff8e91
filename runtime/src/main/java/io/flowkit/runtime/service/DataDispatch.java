package io.flowkit.runtime.service;

import static io.flowkit.runtime.service.ServiceCalls.call;
import static io.flowkit.runtime.service.ServiceCalls.decode;
import static io.flowkit.runtime.service.ServiceCalls.implementationProblem;
import static io.flowkit.runtime.service.ServiceCalls.redacting;
import static io.flowkit.runtime.service.ServiceCalls.singleObject;
import static io.flowkit.runtime.wire.Abbreviations.abbreviate;

import io.flowkit.runtime.query.InMemoryQuery;
import io.flowkit.runtime.query.InvalidQueryException;
import io.flowkit.runtime.query.ListFilterQuery;
import io.flowkit.runtime.query.Page;
import io.flowkit.runtime.query.Query;
import io.flowkit.runtime.query.QueryField;
import io.flowkit.runtime.wire.ListFilter;
import io.flowkit.runtime.wire.MObject;
import io.flowkit.runtime.wire.ObjectDataRequest;
import io.flowkit.runtime.wire.ObjectDataResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Data actions for {@link FlowDispatcher}: {@code /data} (load, save) and {@code /data/delete},
 * through the binding whose table the request's type names.
 *
 * @param <C> the service's configuration record
 */
final class DataDispatch<C> {

  private final ServiceCalls<C> calls;

  DataDispatch(ServiceCalls<C> calls) {
    this.calls = calls;
  }

  /** See {@link FlowDispatcher#load}. */
  ObjectDataResponse load(ObjectDataRequest request, CallInfo call) {
    return redacting(calls.secrets(request.configurationValues()), s -> load(dataBinding(request), request, call, s));
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

  /** See {@link FlowDispatcher#save}. */
  ObjectDataResponse save(ObjectDataRequest request, CallInfo call) {
    return redacting(calls.secrets(request.configurationValues()), s -> save(dataBinding(request), request, call, s));
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

  /** See {@link FlowDispatcher#delete}. */
  ObjectDataResponse delete(ObjectDataRequest request, CallInfo call) {
    return redacting(calls.secrets(request.configurationValues()), s -> delete(dataBinding(request), request, call, s));
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
    return calls
        .service()
        .dataAction(table)
        .orElseThrow(() -> ServiceProblemException.badRequest("Unknown type '" + abbreviate(table) + "': the service has no binding with that table name"));
  }

  private CallContext<C> dataContext(ObjectDataRequest request, CallInfo call) {
    return calls.context(request.configurationValues(), request.stateId(), request.token(), request.culture(), call);
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
    MObject encoded = call(() -> binding.codec().encode(record), what, call, secrets);
    if (encoded == null || encoded.externalId() == null || encoded.externalId().isEmpty()) {
      throw implementationProblem(what, new IllegalStateException("a " + binding.tableName() + " without an identifier"), call, secrets);
    }
    return singleObject(encoded);
  }
}
