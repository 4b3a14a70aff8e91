package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.DataActionModel;
import io.flowkit.codegen.model.FileResourceModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.ServiceModel;
import io.flowkit.codegen.naming.DerivedNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The service's assembly class: its name and path, its describe metadata, and a builder that takes
 * one implementation per message action, data action and file resource and builds the {@code
 * FlowService} with its dispatch table.
 */
final class ServiceAssemblyEmitter {

  /** One implementation the builder takes. */
  private record Slot(
      String method, String field, ClassName type, String what, CodeBlock binding, String example) {}

  private final EmitContext context;
  private final MetadataEmitter metadata;

  ServiceAssemblyEmitter(EmitContext context, MetadataEmitter metadata) {
    this.context = context;
    this.metadata = metadata;
  }

  GeneratedFile service() {
    ServiceModel model = context.model();
    ClassName service = context.service();
    ClassName builder = service.nestedClass("Builder");
    TypeName flowService = ParameterizedTypeName.get(RuntimeTypes.FLOW_SERVICE, context.configuration());
    List<Slot> slots = slots();

    TypeSpec.Builder spec =
        TypeSpec.classBuilder(service)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L", classDoc(model, slots))
            .addField(
                FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The service's name.\n")
                    .initializer("$S", model.name())
                    .build())
            .addField(
                FieldSpec.builder(String.class, "PATH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Where the service is mounted.\n")
                    .initializer("$S", model.path())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc("Starts assembling the service from its implementations.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addStatement("return new $T()", builder)
                    .build())
            .addMethods(metadata.methods())
            .addType(builderType(builder, flowService, slots));
    return context.file(spec);
  }

  private String classDoc(ServiceModel model, List<Slot> slots) {
    StringBuilder doc = new StringBuilder();
    if (model.summary() != null && !model.summary().isBlank()) {
      doc.append(JavadocText.sentence(model.summary())).append("\n\n<p>");
    }
    doc.append("The Flow service ")
        .append(JavadocText.code(model.name()))
        .append(", mounted at ")
        .append(JavadocText.code(model.path()))
        .append(": its describe metadata and the\ndispatch table from Flow's calls to your implementations. ")
        .append("Assemble it with {@link #builder()}:\n\n<pre>{@code\nFlowService<")
        .append(context.configuration().simpleName())
        .append("> service = ")
        .append(context.service().simpleName())
        .append(".builder()");
    for (Slot slot : slots) {
      doc.append("\n    .").append(slot.method()).append("(").append(slot.example()).append(")");
    }
    return doc.append("\n    .build();\n}</pre>\n").toString();
  }

  private TypeSpec builderType(ClassName builder, TypeName flowService, List<Slot> slots) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Takes one implementation of every message action, data action and file resource.\n");
    for (Slot slot : slots) {
      type.addField(FieldSpec.builder(slot.type(), slot.field(), Modifier.PRIVATE).build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Slot slot : slots) {
      type.addMethod(
          MethodSpec.methodBuilder(slot.method())
              .addJavadoc("Implements $L.\n", slot.what())
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(slot.type(), "implementation")
              .addStatement(
                  "this.$N = $T.requireNonNull(implementation, $S)", slot.field(), Objects.class, slot.method())
              .addStatement("return this")
              .build());
    }
    type.addMethod(build(flowService, slots));
    return type.build();
  }

  private MethodSpec build(TypeName flowService, List<Slot> slots) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("build")
            .addJavadoc("The service, ready to mount.\n\n")
            .addJavadoc("@throws IllegalStateException naming every implementation that was not given\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(flowService);
    if (!slots.isEmpty()) {
      method.addStatement(
          "$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
      for (Slot slot : slots) {
        method
            .beginControlFlow("if ($N == null)", slot.field())
            .addStatement("missing.add($S)", slot.method() + " (" + slot.type().simpleName() + ")")
            .endControlFlow();
      }
      method
          .beginControlFlow("if (!missing.isEmpty())")
          .addStatement(
              "throw new $T($S$W+ $T.join($S, missing))",
              IllegalStateException.class,
              context.service().simpleName() + " needs an implementation of: ",
              String.class,
              ", ")
          .endControlFlow();
    }
    CodeBlock.Builder chain =
        CodeBlock.builder()
            .add(
                "return $T.builder(NAME, PATH, $T.INSTANCE)",
                RuntimeTypes.FLOW_SERVICE, context.configurationCodec())
            .indent()
            .indent()
            .add("\n.configurationValues($L)", metadata.configurationValuesCall())
            .add("\n.types($L)", metadata.typesCall());
    for (Slot slot : slots) {
      chain.add("\n$L", slot.binding());
    }
    chain.add("\n.build();\n").unindent().unindent();
    return method.addCode(chain.build()).build();
  }

  /** The implementations in a stable order: message actions, data actions, file resources. */
  private List<Slot> slots() {
    ServiceModel model = context.model();
    List<String> bases = new ArrayList<>();
    List<String> interfaces = new ArrayList<>();
    List<MessageActionModel> actions = MetadataEmitter.sortedActions(model.messageActions());
    List<DataActionModel> data = new ArrayList<>(model.dataActions());
    data.sort(Comparator.comparing(DataActionModel::objectType));
    List<FileResourceModel> files = new ArrayList<>(model.fileResources());
    files.sort(Comparator.comparing(FileResourceModel::path).thenComparing(FileResourceModel::name));
    actions.forEach(a -> {
      bases.add(a.javaName());
      interfaces.add(a.interfaceJavaName());
    });
    data.forEach(d -> {
      bases.add(d.javaName());
      interfaces.add(d.interfaceJavaName());
    });
    files.forEach(f -> {
      bases.add(f.javaName());
      interfaces.add(f.interfaceJavaName());
    });
    List<String> methods = methodNames(bases, interfaces);

    List<Slot> slots = new ArrayList<>();
    int i = 0;
    for (MessageActionModel action : actions) {
      String field = DerivedNames.lowerCamel(action.interfaceJavaName());
      CodeBlock binding =
          bindingCall(
              CodeBlock.of(".messageAction(new $T<>", RuntimeTypes.MESSAGE_ACTION_BINDING),
              metadata.descriptionCall(action),
              CodeBlock.of("$T::decodeInputs", context.className(action.javaName() + "Codec")),
              CodeBlock.of("$T::encodeOutputs", context.className(action.javaName() + "Codec")),
              CodeBlock.of("$N", field),
              action.syncTimeoutSeconds() > 0
                  ? CodeBlock.of("$T.ofSeconds($L)", Duration.class, action.syncTimeoutSeconds())
                  : CodeBlock.of("null"));
      slots.add(
          new Slot(
              methods.get(i++), field, context.className(action.interfaceJavaName()),
              "the message action " + JavadocText.code(action.flowName()), binding,
              "new My" + action.interfaceJavaName() + "()"));
    }
    for (DataActionModel action : data) {
      String field = DerivedNames.lowerCamel(action.interfaceJavaName());
      ClassName record = context.record(context.type(action.typeRef()));
      String table =
          context.type(action.typeRef()).binding() == null
              ? action.objectType()
              : context.type(action.typeRef()).binding().tableName();
      CodeBlock binding =
          bindingCall(
              CodeBlock.of(".dataAction(new $T<>", RuntimeTypes.DATA_ACTION_BINDING),
              CodeBlock.of("$S", table),
              CodeBlock.of("$T.INSTANCE", context.className(record.simpleName() + "Codec")),
              CodeBlock.of("$T.of($T.values())", List.class, context.className(action.fieldEnumJavaName())),
              CodeBlock.of("$N", field));
      slots.add(
          new Slot(
              methods.get(i++), field, context.className(action.interfaceJavaName()),
              "the data action of " + JavadocText.code(action.objectType()), binding,
              "new My" + action.interfaceJavaName() + "()"));
    }
    for (FileResourceModel resource : files) {
      String field = DerivedNames.lowerCamel(resource.interfaceJavaName());
      CodeBlock binding =
          bindingCall(
              CodeBlock.of(".fileResource(new $T<>", RuntimeTypes.FILE_RESOURCE_BINDING),
              CodeBlock.of("$S", resource.name()),
              CodeBlock.of("$S", resource.path()),
              CodeBlock.of("$T.INSTANCE", context.codec(context.type(resource.typeRef()))),
              CodeBlock.of("$N", field));
      slots.add(
          new Slot(
              methods.get(i++), field, context.className(resource.interfaceJavaName()),
              "the file resource " + JavadocText.code(resource.name()) + " at " + JavadocText.code(resource.path()),
              binding, "new My" + resource.interfaceJavaName() + "()"));
    }
    return slots;
  }

  /** {@code .dataAction(new DataActionBinding<>(} one argument per line {@code ))}. */
  private static CodeBlock bindingCall(CodeBlock target, CodeBlock... arguments) {
    return CodeBlocks.call(target, List.of(arguments)).toBuilder().add(")").build();
  }

  /**
   * {@code createOrder} for {@code CreateOrder}; a keyword, an inherited name or a name two
   * implementations would share falls back to the interface's name ({@code newAction}).
   */
  private static List<String> methodNames(List<String> bases, List<String> interfaces) {
    Set<String> seen = new HashSet<>();
    Set<String> shared = new HashSet<>();
    for (String base : bases) {
      if (!seen.add(DerivedNames.lowerCamel(base))) {
        shared.add(DerivedNames.lowerCamel(base));
      }
    }
    List<String> names = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < bases.size(); i++) {
      String preferred = DerivedNames.lowerCamel(bases.get(i));
      String name =
          DerivedNames.isUsableMethodName(preferred) && !shared.contains(preferred)
              ? preferred
              : DerivedNames.lowerCamel(interfaces.get(i));
      if (!taken.add(name)) {
        throw new IllegalArgumentException("Two builder methods would be named " + name);
      }
      names.add(name);
    }
    return names;
  }
}
