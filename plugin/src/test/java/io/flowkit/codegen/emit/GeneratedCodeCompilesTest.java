package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.FileResourceModel;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.model.TypeRole;
import io.flowkit.codegen.model.ValueKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratedCodeCompilesTest {

  static List<ServiceModels.Case> cases() {
    return ServiceModels.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void compilesWithoutAnyDiagnosticUnderXlintAll(ServiceModels.Case testCase) {
    List<GeneratedFile> files = new JavaSourceEmitter().emit(testCase.model());

    InMemoryCompiler.Result result = InMemoryCompiler.compile(files);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.succeeded()).isTrue();
    for (GeneratedFile file : files) {
      String name = file.relativePath().toString().replace('/', '.').replace('\\', '.').replaceAll("\\.java$", "");
      assertThat(result.load(name).getName()).isEqualTo(name);
    }
  }

  @Test
  void hostileTextAndSharedNamesStillCompileCleanly() {
    ServiceModel orders = ServiceModels.orders();
    String hostile = "Ends */ here, \\u000a breaks a line, @param x, {@code y";
    PropertyModel odd = new PropertyModel("a\\u000a*/b \"q\"", "oddName", ValueKind.STRING, null, null, true, hostile, null);
    List<FlowTypeModel> types = new ArrayList<>(orders.types());
    types.add(
        new FlowTypeModel(
            "Odd */ {@code type}", "OddType", hostile, TypeRole.MESSAGE, List.of(odd), null, null, null));
    MessageActionModel oddAction =
        new MessageActionModel(
            "Odd", hostile, "actions/odd", "Odd",
            List.of(odd, ServiceModels.object("odd", "odd", "Odd */ {@code type}")), List.of(), 0, null);
    List<MessageActionModel> actions = new ArrayList<>(orders.messageActions());
    actions.add(oddAction);
    List<FileResourceModel> files = new ArrayList<>(orders.fileResources());
    files.add(new FileResourceModel("Ticket", "/tickets", "$File RESPONSE - Receipt", "Ticket", null));
    ServiceModel model =
        new ServiceModel(
            "Orders \"*/\\u000a", orders.path(), hostile, orders.javaPackage(), orders.javaName(),
            orders.configurationValues(), types, orders.enums(), actions, orders.dataActions(),
            files, orders.descriptor());

    InMemoryCompiler.Result result = InMemoryCompiler.compile(new JavaSourceEmitter().emit(model));

    assertThat(result.diagnostics()).isEmpty();
    Class<?> builder = result.load("com.example.orders.OrdersService$Builder");
    assertThat(Arrays.stream(builder.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 1)
            .map(Method::getName)
            .sorted())
        .as("a base name two implementations share falls back to the interface names")
        .containsExactly("createOrder", "odd", "receipt", "ticketData", "ticketFiles");
  }
}
