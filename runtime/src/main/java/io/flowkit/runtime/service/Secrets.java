package io.flowkit.runtime.service;

import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.EngineValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secrets one call carries in clear text: the values of its configuration values that the
 * service describes as {@code ContentPassword} or {@code ContentEncrypted} (or that arrive with
 * those content types). The runtime handles them, so it keeps them out of what it writes: problem
 * messages, callback faults and the log lines of failed implementations, whose exception messages
 * may well quote them ("login with password … refused").
 *
 * <p>Values shorter than {@value #MIN_LENGTH} characters are not treated as secrets: masking every
 * occurrence of one or two characters would garble messages and reveal the value by what is masked.
 */
final class Secrets {

  static final int MIN_LENGTH = 4;

  /** What a secret is replaced with. */
  static final String MASK = "******";

  static final Secrets NONE = new Secrets(List.of());

  private static final int MAX_CAUSES = 32;

  /** Longest first, so that a secret containing another is masked whole. */
  private final List<String> values;

  private Secrets(List<String> values) {
    this.values = values;
  }

  /** The secrets among {@code values}, given the service's configuration value definitions. */
  static Secrets of(List<DescribeValue> described, List<EngineValue> values) {
    Set<String> secretNames = new HashSet<>();
    for (DescribeValue definition : described) {
      if (isSecret(definition.contentType())) {
        secretNames.add(definition.developerName());
      }
    }
    Set<String> found = new HashSet<>();
    for (EngineValue value : values) {
      if (value == null || value.contentValue() == null || value.contentValue().length() < MIN_LENGTH) {
        continue;
      }
      if (isSecret(value.contentType()) || secretNames.contains(value.developerName())) {
        found.add(value.contentValue());
      }
    }
    if (found.isEmpty()) {
      return NONE;
    }
    List<String> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Secrets(List.copyOf(sorted));
  }

  private static boolean isSecret(ContentType type) {
    return type == ContentType.PASSWORD || type == ContentType.ENCRYPTED;
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  /** {@code text} with every secret masked; {@code null} stays {@code null}. */
  String redact(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : values) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /** The problem with its message masked, or the problem itself when it quotes no secret. */
  ServiceProblemException redact(ServiceProblemException problem) {
    String message = problem.getMessage();
    String masked = redact(message);
    if (masked == null || masked.equals(message)) {
      return problem;
    }
    return new ServiceProblemException(problem.status(), masked, problem.getCause(), problem.headers());
  }

  /**
   * A stand-in for {@code failure} to log: when a message in its cause chain quotes a secret, a
   * copy of the chain with those messages masked (same class names, stack traces and causes);
   * otherwise {@code failure} itself.
   */
  Throwable redactForLog(Throwable failure) {
    if (failure == null || values.isEmpty() || !quotesSecret(failure)) {
      return failure;
    }
    return copy(failure, new IdentityHashMap<>(), 0);
  }

  private boolean quotesSecret(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return quotesSecret(failure, seen, 0);
  }

  private boolean quotesSecret(Throwable failure, Set<Throwable> seen, int depth) {
    if (failure == null || depth > MAX_CAUSES || !seen.add(failure)) {
      return false;
    }
    String message = failure.getMessage();
    if (message != null && !message.equals(redact(message))) {
      return true;
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (quotesSecret(suppressed, seen, depth + 1)) {
        return true;
      }
    }
    return quotesSecret(failure.getCause(), seen, depth + 1);
  }

  private Throwable copy(Throwable failure, Map<Throwable, Throwable> copies, int depth) {
    if (failure == null || depth > MAX_CAUSES) {
      return null;
    }
    Throwable existing = copies.get(failure);
    if (existing != null) {
      return existing;
    }
    Redacted copy = new Redacted(failure.getClass().getName(), redact(failure.getMessage()));
    copies.put(failure, copy);
    copy.setStackTrace(failure.getStackTrace());
    Throwable cause = copy(failure.getCause(), copies, depth + 1);
    if (cause != null && cause != copy) {
      copy.initCause(cause);
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      Throwable masked = copy(suppressed, copies, depth + 1);
      if (masked != null && masked != copy) {
        copy.addSuppressed(masked);
      }
    }
    return copy;
  }

  /**
   * A logged copy of a failure whose message quoted a secret. Its message starts with the class
   * name of the original, so that any logging backend shows what failed.
   */
  static final class Redacted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Redacted(String originalClass, String maskedMessage) {
      // No cause yet: initCause links the masked cause afterwards.
      super(maskedMessage == null ? originalClass : originalClass + ": " + maskedMessage);
    }

    @Override
    public String toString() {
      // printStackTrace() prints toString(); the message already names the original class.
      return getMessage();
    }
  }
}
