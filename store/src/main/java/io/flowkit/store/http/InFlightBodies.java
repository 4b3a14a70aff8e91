package io.flowkit.store.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A budget for the request bodies the store holds at once. Every save and delete reserves its
 * body's bytes before reading them (the declared length up front, a chunked body as it arrives) and
 * gives them back when its answer is decided; a request whose bytes do not fit is refused at once
 * with {@code 503} and {@code Retry-After} rather than waiting, so that a burst of large saves cannot
 * exhaust the heap (a body is held several times over while it is decrypted and stored).
 */
final class InFlightBodies {

  private final long limit;
  private final AtomicLong reserved = new AtomicLong();

  /** A budget of {@code limit} bytes. */
  InFlightBodies(long limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("the in-flight body limit must be positive");
    }
    this.limit = limit;
  }

  /** The budget in bytes. */
  long limit() {
    return limit;
  }

  /** The bytes reserved now. */
  long reserved() {
    return reserved.get();
  }

  /** A new, empty reservation for one request; close it to give its bytes back. */
  Reservation open() {
    return new Reservation();
  }

  /** The bytes one request holds. Not thread-safe: one request's thread uses it. */
  final class Reservation implements AutoCloseable {

    private long held;

    private Reservation() {}

    /**
     * Reserves {@code bytes} more, or returns {@code false}, reserving nothing, when they would take
     * the store past its budget.
     */
    boolean tryTake(long bytes) {
      if (bytes <= 0) {
        return true;
      }
      while (true) {
        long now = reserved.get();
        if (now + bytes > limit) {
          return false;
        }
        if (reserved.compareAndSet(now, now + bytes)) {
          held += bytes;
          return true;
        }
      }
    }

    /** What this request holds. */
    long held() {
      return held;
    }

    @Override
    public void close() {
      if (held > 0) {
        reserved.addAndGet(-held);
        held = 0;
      }
    }
  }
}
