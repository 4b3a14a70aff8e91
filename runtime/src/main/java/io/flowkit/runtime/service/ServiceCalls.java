package io.flowkit.runtime.service;

import io.flowkit.runtime.codec.CodecException;
import io.flowkit.runtime.codec.MissingValueException;
import io.flowkit.runtime.wire.Culture;
import io.flowkit.runtime.wire.EngineValue;
import io.flowkit.runtime.wire.MObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every dispatched call shares: the call's secrets, its configuration and context, decoding its
 * input, and running an implementation so that a failure leaves as the right {@link
 * ServiceProblemException} (logged, with secrets masked, when it is the implementation's fault).
 *
 * @param <C> the service's configuration record
 */
final class ServiceCalls<C> {

  /** The dispatcher's logger: its lines read the same whichever part of it wrote them. */
  static final Logger LOG = LoggerFactory.getLogger(FlowDispatcher.class);

  private final FlowService<C> service;

  ServiceCalls(FlowService<C> service) {
    this.service = service;
  }

  FlowService<C> service() {
    return service;
  }

  /** The secret configuration values among {@code configurationValues}, to mask in what leaves. */
  Secrets secrets(List<EngineValue> configurationValues) {
    return Secrets.of(service.configurationValues(), configurationValues);
  }

  /** Runs {@code body} with the call's secrets: a problem it raises leaves with them masked. */
  static <R> R redacting(Secrets secrets, Function<Secrets, R> body) {
    try {
      return body.apply(secrets);
    } catch (ServiceProblemException e) {
      throw secrets.redact(e);
    }
  }

  /** The decoded configuration; a 400 when a value is missing or unreadable. */
  C configuration(List<EngineValue> values) {
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

  /** The context of a data or file call, its configuration decoded. */
  CallContext<C> context(List<EngineValue> configurationValues, String stateId, String token, Culture culture, CallInfo call) {
    C configuration = configuration(configurationValues);
    FlowUser user = UserTokens.parse(call.userToken()).orElse(null);
    String tenant = firstOf(call.tenantId(), user == null ? null : user.tenantId());
    return new CallContext<>(configuration, tenant, stateId, token, culture, user, call.requestId());
  }

  /** Decodes {@code what} of the request; a 400 when it is missing or unreadable. */
  static <V> V decode(Callable<V> decoding, String what) {
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

  /** Runs an implementation's {@code work}; a failure leaves as {@link #implementationProblem}. */
  static <V> V call(Callable<V> work, String what, CallInfo call, Secrets secrets) {
    try {
      return work.call();
    } catch (Exception e) {
      throw implementationProblem(what, e, call, secrets);
    }
  }

  /**
   * The problem an implementation chose ({@link ServiceProblemException}), a 400 for an operation
   * the service does not offer, the body's status for a broken request body, else a 500, logged
   * with the request id and the stack trace (secrets masked) and told to the caller without details.
   */
  static ServiceProblemException implementationProblem(String what, Throwable failure, CallInfo call, Secrets secrets) {
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

  /** One object put into the form the platform expects ({@link OutboundValues}). */
  static MObject singleObject(MObject object) {
    return OutboundValues.objects(List.of(object)).get(0);
  }

  static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
