package io.flowkit.store.http;

/**
 * A request the store answers with an error: the status and a message safe for the caller (no
 * token, key, stack trace or state content).
 */
final class Problem extends Exception {

  private final int status;

  Problem(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static Problem badRequest(String message) {
    return new Problem(400, message);
  }

  static Problem unauthorized(String message) {
    return new Problem(401, message);
  }

  static Problem notFound(String message) {
    return new Problem(404, message);
  }

  static Problem tooLarge(String message) {
    return new Problem(413, message);
  }
}
