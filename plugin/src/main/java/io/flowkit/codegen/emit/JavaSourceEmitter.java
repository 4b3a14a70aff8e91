package io.flowkit.codegen.emit;

import io.flowkit.codegen.generation.GeneratedFile;
import io.flowkit.codegen.generation.SourceEmitter;
import io.flowkit.codegen.model.DataActionModel;
import io.flowkit.codegen.model.EnumModel;
import io.flowkit.codegen.model.FileResourceModel;
import io.flowkit.codegen.model.FlowTypeModel;
import io.flowkit.codegen.model.MessageActionModel;
import io.flowkit.codegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Emits the Java sources of one service, all in the model's package:
 *
 * <ul>
 *   <li>per type {@code T}: the record {@code T} and its codec {@code TCodec};
 *   <li>per enum {@code E}: the enum {@code E};
 *   <li>per message action {@code A}: {@code AAction}, {@code ARequest}, {@code AResponse} and
 *       {@code ACodec};
 *   <li>per data action {@code D}: {@code DData} and {@code DField};
 *   <li>per file resource {@code F}: {@code FFiles};
 *   <li>per service {@code S}: {@code SService} (describe metadata, builder, dispatch table),
 *       {@code SConfiguration} and {@code SConfigurationCodec}.
 * </ul>
 *
 * <p>The model is trusted to be consistent (the reader reports problems in the inputs); a model that
 * is not fails here with an {@link IllegalArgumentException} rather than with code that does not
 * compile.
 */
public final class JavaSourceEmitter implements SourceEmitter {

  public JavaSourceEmitter() {}

  @Override
  public List<GeneratedFile> emit(ServiceModel model) {
    EmitContext context = new EmitContext(model);
    WireCalls calls = new WireCalls(context);
    RecordEmitter records = new RecordEmitter(context);
    CodecEmitter codecs = new CodecEmitter(context, calls);
    EnumEmitter enums = new EnumEmitter(context);
    ActionInterfaceEmitter actionInterfaces = new ActionInterfaceEmitter(context);
    ActionCodecEmitter actionCodecs = new ActionCodecEmitter(context, calls);
    DataActionEmitter dataActions = new DataActionEmitter(context);
    FileResourceEmitter fileResources = new FileResourceEmitter(context);

    List<GeneratedFile> files = new ArrayList<>();
    for (FlowTypeModel type : model.types()) {
      files.add(records.typeRecord(type));
      files.add(codecs.codec(type));
    }
    for (EnumModel enumModel : model.enums()) {
      files.add(enums.enumType(enumModel));
    }
    for (MessageActionModel action : model.messageActions()) {
      files.add(actionInterfaces.actionInterface(action));
      files.add(records.requestRecord(action));
      files.add(records.responseRecord(action));
      files.add(actionCodecs.codec(action));
    }
    for (DataActionModel data : model.dataActions()) {
      files.add(dataActions.dataInterface(data));
      files.add(dataActions.fieldEnum(data));
    }
    for (FileResourceModel resource : model.fileResources()) {
      files.add(fileResources.filesInterface(resource));
    }
    files.add(records.configurationRecord());
    files.add(new ConfigurationCodecEmitter(context, calls).codec());
    files.add(new ServiceAssemblyEmitter(context, new MetadataEmitter(context)).service());

    files.sort(Comparator.comparing(file -> file.relativePath().toString()));
    checkUnique(files);
    return List.copyOf(files);
  }

  /** Two files at one path would silently overwrite each other; the reader must prevent it. */
  private static void checkUnique(List<GeneratedFile> files) {
    Set<String> paths = new HashSet<>();
    for (GeneratedFile file : files) {
      if (!paths.add(file.relativePath().toString())) {
        throw new IllegalArgumentException("Two generated classes would be written to " + file.relativePath());
      }
    }
  }
}
