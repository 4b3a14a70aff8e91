package io.flowkit.runtime.server;

import java.io.IOException;

/** A request body that cannot be read: malformed (400), too large (413) or too slow (408). */
final class RequestBodyException extends IOException {

  private final int status;

  RequestBodyException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  int status() {
    return status;
  }
}
