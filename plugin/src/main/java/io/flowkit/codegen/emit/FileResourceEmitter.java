package io.flowkit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.model.FileResourceModel;
import io.flowkit.codegen.model.FlowTypeModel;
import javax.lang.model.element.Modifier;

/** The interface users implement for a file resource: list, streamed upload and delete. */
final class FileResourceEmitter {

  private final EmitContext context;

  FileResourceEmitter(EmitContext context) {
    this.context = context;
  }

  GeneratedFile filesInterface(FileResourceModel resource) {
    FlowTypeModel type = context.type(resource.typeRef());
    ClassName record = context.record(type);
    TypeName actionContext = context.actionContext();
    String doc =
        "The file resource "
            + JavadocText.code(resource.name())
            + " at "
            + JavadocText.code(resource.path())
            + ": lists, uploads and deletes files.\n\n"
            + "<p>Files are described by {@link "
            + record.simpleName()
            + "} (Flow type "
            + JavadocText.code(type.flowName())
            + "), whose\n"
            + JavadocText.code(type.idProperty() == null ? "externalId" : type.idProperty())
            + " must be set on every file returned.\n";

    TypeSpec.Builder spec =
        TypeSpec.interfaceBuilder(context.className(resource.interfaceJavaName()))
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.FILE_RESOURCE, context.configuration(), record))
            .addJavadoc("$L", doc)
            .addMethod(
                abstractMethod("list", ParameterizedTypeName.get(RuntimeTypes.PAGE, record))
                    .addJavadoc("Lists the files a query asks for: search, order, limit and offset.\n")
                    .addParameter(RuntimeTypes.FILE_QUERY, "query")
                    .addParameter(actionContext, "context")
                    .build())
            .addMethod(
                abstractMethod("upload", record)
                    .addJavadoc(
                        "Stores an uploaded file; read its content once, within the call. Returns the stored\n"
                            + "file.\n")
                    .addParameter(RuntimeTypes.FILE_UPLOAD, "upload")
                    .addParameter(actionContext, "context")
                    .build())
            .addMethod(
                abstractMethod("delete", TypeName.VOID)
                    .addJavadoc("Deletes a file.\n")
                    .addParameter(RuntimeTypes.FILE_REFERENCE, "file")
                    .addParameter(actionContext, "context")
                    .build());
    return context.file(spec);
  }

  private static MethodSpec.Builder abstractMethod(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(returns)
        .addException(Exception.class);
  }
}
