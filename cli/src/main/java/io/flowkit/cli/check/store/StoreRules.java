package io.flowkit.cli.check.store;

/** The External Storage API rules the checks cite, by section of flowkit's protocol notes. */
final class StoreRules {

  static final String KEYS = "storage API §3.3";
  static final String ENDPOINTS = "storage API §4";
  static final String HEADERS = "storage API §5.1";
  static final String SIGNATURE = "storage API §5.2";
  static final String SAVE = "storage API §6.3";
  static final String LOAD = "storage API §7";
  static final String DELETE = "storage API §8";
  static final String UPSERT = "storage API §10.2";
  static final String CHECKLIST = "storage API §14";

  private StoreRules() {}
}
