package io.flowkit.cli.check.service;

/**
 * The Flow service protocol rules the checks cite, by section of flowkit's protocol notes (see
 * docs/check.md for what each section says).
 */
final class ServiceRules {

  static final String TRANSPORT = "service API §3";
  static final String DESCRIBE = "service API §3.1";
  static final String DESCRIBE_V2 = "service API §3.2";
  static final String ACTIONS = "service API §3.3";
  static final String DATA = "service API §3.4";
  static final String FILES = "service API §3.5";
  static final String AUTHENTICATION = "service API §2.2";
  static final String DESCRIBE_RESPONSE = "service API §5.2";
  static final String DESCRIBE_VALUE = "service API §5.3";
  static final String ACTION = "service API §5.4";
  static final String SERVICE_RESPONSE = "service API §5.9";
  static final String OBJECT = "service API §5.18";
  static final String TYPE = "service API §5.19";
  static final String CONTENT_TYPES = "service API §6";
  static final String SYSTEM_TYPES = "service API §7";
  static final String INVOKE_TYPES = "service API §8";
  static final String ERRORS = "service API §9";

  private ServiceRules() {}

  /** Item {@code number} of the protocol's conformance checklist. */
  static String checklist(int number) {
    return "service API §12 #" + number;
  }
}
