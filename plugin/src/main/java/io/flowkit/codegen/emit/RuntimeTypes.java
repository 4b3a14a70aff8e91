package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and library classes generated code refers to, by name: the generator does not depend
 * on {@code flowkit-runtime}, it only writes code that does.
 */
final class RuntimeTypes {

  private static final String WIRE = "io.flowkit.runtime.wire";
  private static final String CODEC = "io.flowkit.runtime.codec";
  private static final String QUERY = "io.flowkit.runtime.query";
  private static final String SERVICE = "io.flowkit.runtime.service";
  private static final String JACKSON = "com.fasterxml.jackson.annotation";

  static final ClassName CONTENT_TYPE = ClassName.get(WIRE, "ContentType");
  static final ClassName CONTENT_VALUES = ClassName.get(WIRE, "ContentValues");
  static final ClassName MOBJECT = ClassName.get(WIRE, "MObject");
  static final ClassName PROPERTY = ClassName.get(WIRE, "Property");
  static final ClassName ENGINE_VALUE = ClassName.get(WIRE, "EngineValue");
  static final ClassName TYPE_ELEMENT = ClassName.get(WIRE, "TypeElement");
  static final ClassName TYPE_ELEMENT_PROPERTY = ClassName.get(WIRE, "TypeElementProperty");
  static final ClassName TYPE_ELEMENT_BINDING = ClassName.get(WIRE, "TypeElementBinding");
  static final ClassName TYPE_ELEMENT_PROPERTY_BINDING = ClassName.get(WIRE, "TypeElementPropertyBinding");
  static final ClassName DESCRIBE_VALUE = ClassName.get(WIRE, "DescribeValue");
  static final ClassName ACTION_DESCRIPTION = ClassName.get(WIRE, "ActionDescription");

  static final ClassName FLOW_TYPE_CODEC = ClassName.get(CODEC, "FlowTypeCodec");
  static final ClassName CONFIGURATION_CODEC = ClassName.get(CODEC, "ConfigurationCodec");
  static final ClassName VALUE_READER = ClassName.get(CODEC, "ValueReader");
  static final ClassName VALUE_WRITER = ClassName.get(CODEC, "ValueWriter");

  static final ClassName PAGE = ClassName.get(QUERY, "Page");
  static final ClassName QUERY_TYPE = ClassName.get(QUERY, "Query");
  static final ClassName QUERY_FIELD = ClassName.get(QUERY, "QueryField");

  static final ClassName ACTION_CONTEXT = ClassName.get(SERVICE, "ActionContext");
  static final ClassName MESSAGE_ACTION = ClassName.get(SERVICE, "MessageAction");
  static final ClassName DATA_ACTION = ClassName.get(SERVICE, "DataAction");
  static final ClassName FILE_RESOURCE = ClassName.get(SERVICE, "FileResource");
  static final ClassName FILE_QUERY = ClassName.get(SERVICE, "FileQuery");
  static final ClassName FILE_UPLOAD = ClassName.get(SERVICE, "FileUpload");
  static final ClassName FILE_REFERENCE = ClassName.get(SERVICE, "FileReference");
  static final ClassName FLOW_SERVICE = ClassName.get(SERVICE, "FlowService");
  static final ClassName MESSAGE_ACTION_BINDING = ClassName.get(SERVICE, "MessageActionBinding");
  static final ClassName DATA_ACTION_BINDING = ClassName.get(SERVICE, "DataActionBinding");
  static final ClassName FILE_RESOURCE_BINDING = ClassName.get(SERVICE, "FileResourceBinding");
  static final ClassName OPERATION_NOT_SUPPORTED = ClassName.get(SERVICE, "OperationNotSupportedException");

  static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
  static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");
  static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");

  private RuntimeTypes() {}
}
