package io.flowkit.codegen.model;

import io.flowkit.codegen.diagnostics.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One service, from one descriptor.
 *
 * @param name the service's name, e.g. {@code Orders}
 * @param path where it is mounted, e.g. {@code /fs/orders}
 * @param javaPackage the package every generated file of this service goes to
 * @param javaName base of the service-level names, e.g. {@code Orders} → {@code OrdersService},
 *     {@code OrdersConfiguration}
 * @param types every type, sorted by Flow name, unique by Flow name and by Java name
 * @param enums every generated enum, sorted by Java name
 * @param descriptor the descriptor file
 */
public record ServiceModel(
    String name,
    String path,
    String summary,
    String javaPackage,
    String javaName,
    List<ConfigurationValueModel> configurationValues,
    List<FlowTypeModel> types,
    List<EnumModel> enums,
    List<MessageActionModel> messageActions,
    List<DataActionModel> dataActions,
    List<FileResourceModel> fileResources,
    SourceLocation descriptor) {

  public ServiceModel {
    configurationValues = List.copyOf(configurationValues);
    types = List.copyOf(types);
    enums = List.copyOf(enums);
    messageActions = List.copyOf(messageActions);
    dataActions = List.copyOf(dataActions);
    fileResources = List.copyOf(fileResources);
  }

  public String serviceJavaName() {
    return javaName + "Service";
  }

  public String configurationJavaName() {
    return javaName + "Configuration";
  }

  public Optional<FlowTypeModel> type(String flowName) {
    return types.stream().filter(t -> t.flowName().equals(flowName)).findFirst();
  }
}
