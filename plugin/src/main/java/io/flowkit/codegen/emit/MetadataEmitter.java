package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.flowkit.codegen.model.ConfigurationValueModel;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.PropertyModel;
import io.flowkit.codegen.naming.DerivedNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The describe metadata of a service as private factory methods of its assembly class: one per
 * type element and per action description (so that no method outgrows the JVM's size limit on
 * large services), plus the lists of types and configuration values.
 *
 * <p>Everything is sorted as the Java SDK sorts it (flow-service-api §12 item 13): types,
 * properties, configuration values, inputs and outputs by {@code developerName}; actions by
 * {@code developerName} ignoring case. Each described value's {@code order} is its position.
 */
final class MetadataEmitter {

  private final EmitContext context;
  private final Map<FlowTypeModel, String> typeMethods = new LinkedHashMap<>();
  private final Map<MessageActionModel, String> descriptionMethods = new LinkedHashMap<>();

  MetadataEmitter(EmitContext context) {
    this.context = context;
    Set<String> taken = new HashSet<>(Set.of("types", "configurationValues", "builder"));
    for (FlowTypeModel type : sortedTypes()) {
      typeMethods.put(type, allocate(taken, type.javaName(), "Type"));
    }
    for (MessageActionModel action : sortedActions(context.model().messageActions())) {
      descriptionMethods.put(action, allocate(taken, action.javaName(), "Description"));
    }
  }

  /** The SDK's order of actions: by name ignoring case, then by name. */
  static List<MessageActionModel> sortedActions(List<MessageActionModel> actions) {
    List<MessageActionModel> sorted = new ArrayList<>(actions);
    sorted.sort(
        Comparator.comparing((MessageActionModel a) -> a.flowName().toLowerCase(Locale.ROOT))
            .thenComparing(MessageActionModel::flowName));
    return sorted;
  }

  /** {@code types()}: every type element, sorted by name. */
  CodeBlock typesCall() {
    return CodeBlock.of("types()");
  }

  CodeBlock configurationValuesCall() {
    return CodeBlock.of("configurationValues()");
  }

  CodeBlock descriptionCall(MessageActionModel action) {
    return CodeBlock.of("$N()", descriptionMethods.get(action));
  }

  /** The factory methods, in a stable order: the lists first, then types, then actions. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(configurationValuesMethod());
    methods.add(typesMethod());
    typeMethods.forEach((type, name) -> methods.add(typeMethod(type, name)));
    descriptionMethods.forEach((action, name) -> methods.add(descriptionMethod(action, name)));
    return methods;
  }

  private MethodSpec configurationValuesMethod() {
    List<ConfigurationValueModel> values =
        sorted(context.model().configurationValues(), ConfigurationValueModel::flowName);
    List<CodeBlock> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      items.add(describeValue(EmitContext.asProperty(values.get(i)), i));
    }
    return MethodSpec.methodBuilder("configurationValues")
        .addJavadoc("The configuration values a builder enters when installing the service, sorted by name.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.DESCRIBE_VALUE))
        .addCode("return $L;\n", CodeBlocks.listOf(items))
        .build();
  }

  private MethodSpec typesMethod() {
    List<CodeBlock> items = new ArrayList<>();
    typeMethods.values().forEach(name -> items.add(CodeBlock.of("$N()", name)));
    return MethodSpec.methodBuilder("types")
        .addJavadoc("Every type the service installs in Flow, sorted by name.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.TYPE_ELEMENT))
        .addCode("return $L;\n", CodeBlocks.listOf(items))
        .build();
  }

  private MethodSpec typeMethod(FlowTypeModel type, String name) {
    List<PropertyModel> properties = sorted(type.properties(), PropertyModel::flowName);
    List<CodeBlock> elementProperties = new ArrayList<>();
    List<CodeBlock> propertyBindings = new ArrayList<>();
    for (PropertyModel property : properties) {
      elementProperties.add(
          CodeBlock.of(
              "$T.of($S, $L, $S)",
              RuntimeTypes.TYPE_ELEMENT_PROPERTY, property.flowName(), EmitContext.contentType(property.kind()),
              typeNameOf(property)));
      propertyBindings.add(
          CodeBlock.of(
              "$T.of($S, $S)", RuntimeTypes.TYPE_ELEMENT_PROPERTY_BINDING, property.flowName(), property.flowName()));
    }
    List<CodeBlock> bindings = new ArrayList<>();
    if (type.binding() != null) {
      bindings.add(
          CodeBlocks.call(
              CodeBlock.of("$T.of", RuntimeTypes.TYPE_ELEMENT_BINDING),
              List.of(
                  CodeBlock.of("$S", type.binding().flowName()),
                  CodeBlock.of("$S", type.summary()),
                  CodeBlock.of("$S", type.binding().tableName()),
                  CodeBlocks.listOf(propertyBindings))));
    }
    CodeBlock element =
        CodeBlocks.call(
            CodeBlock.of("$T.of", RuntimeTypes.TYPE_ELEMENT),
            List.of(
                CodeBlock.of("$S", type.flowName()),
                CodeBlock.of("$S", type.summary()),
                CodeBlocks.listOf(elementProperties),
                CodeBlocks.listOf(bindings)));
    return MethodSpec.methodBuilder(name)
        .addJavadoc("The Flow type $L.\n", JavadocText.code(type.flowName()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(RuntimeTypes.TYPE_ELEMENT)
        .addCode("return $L;\n", element)
        .build();
  }

  private MethodSpec descriptionMethod(MessageActionModel action, String name) {
    CodeBlock description =
        CodeBlocks.call(
            CodeBlock.of("$T.of", RuntimeTypes.ACTION_DESCRIPTION),
            List.of(
                CodeBlock.of("$S", action.uriPart()),
                CodeBlock.of("$S", action.flowName()),
                CodeBlock.of("$S", action.summary()),
                describeValues(action.inputs()),
                describeValues(action.outputs())));
    return MethodSpec.methodBuilder(name)
        .addJavadoc("The message action $L.\n", JavadocText.code(action.flowName()))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(RuntimeTypes.ACTION_DESCRIPTION)
        .addCode("return $L;\n", description)
        .build();
  }

  private CodeBlock describeValues(List<PropertyModel> values) {
    List<PropertyModel> sorted = sorted(values, PropertyModel::flowName);
    List<CodeBlock> items = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      items.add(describeValue(sorted.get(i), i));
    }
    return CodeBlocks.listOf(items);
  }

  private CodeBlock describeValue(PropertyModel value, int order) {
    return CodeBlock.of(
        "$T.of($S, $L, $S, $L, $L)",
        RuntimeTypes.DESCRIBE_VALUE, value.flowName(), EmitContext.contentType(value.kind()), typeNameOf(value),
        value.required(), order);
  }

  private String typeNameOf(PropertyModel property) {
    return property.kind().isStructured() ? context.referenced(property).flowName() : null;
  }

  private List<FlowTypeModel> sortedTypes() {
    return sorted(context.model().types(), FlowTypeModel::flowName);
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(name));
    return sorted;
  }

  /** {@code createOrderType}; a name another method took falls back to {@code typeCreateOrder}. */
  private static String allocate(Set<String> taken, String javaName, String suffix) {
    String preferred = DerivedNames.lowerCamel(javaName) + suffix;
    String name = taken.contains(preferred) ? suffix.toLowerCase(Locale.ROOT) + javaName : preferred;
    if (!taken.add(name)) {
      throw new IllegalArgumentException("Two generated methods would be named " + name);
    }
    return name;
  }
}
