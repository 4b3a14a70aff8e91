package io.flowkit.maven;

import io.flowkit.codegen.generation.GenerationRequest;
import io.flowkit.codegen.generation.Generator;
import io.flowkit.codegen.generation.NameClashes;
import io.flowkit.codegen.generation.ScalarArrays;
import io.flowkit.codegen.incremental.RelativePaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters and behaviour shared by {@code flowkit:generate} and {@code flowkit:generate-test};
 * the two goals differ only in where they read, where they write and which source root they
 * register.
 */
public abstract class AbstractGenerateMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /**
   * The Java package of the generated code.
   *
   * <p>Every service is generated into one package: the descriptor's own {@code "package"} when it
   * sets one, this package otherwise. It is therefore required unless every descriptor names its
   * package; a service left without a package fails the build with an error on its descriptor.
   * Services that share a package must not generate classes of the same name.
   *
   * <pre>{@code
   * <packageName>com.example.orders.flow</packageName>
   * }</pre>
   *
   * @since 0.1.0
   */
  @Parameter(property = "flowkit.packageName")
  private String packageName;

  /**
   * Skips the goal: nothing is generated, checked, deleted or registered as a source root.
   *
   * <p>Meant for the command line ({@code -Dflowkit.skip}); the generation is already skipped by
   * itself when nothing changed, so builds do not need this to be fast.
   *
   * @since 0.1.0
   */
  @Parameter(property = "flowkit.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Fails the build when a descriptor or profile has warnings, as it always does on errors.
   *
   * <p>Warnings point at profiles that generate but probably not as meant: a {@code null} sample
   * value typed as a string, a union of objects merged into one type with every property optional.
   * Each is logged javac-style ({@code file:line:col: warning: ...}) either way; with this set, no
   * output is written when there are any.
   *
   * @since 0.1.0
   */
  @Parameter(property = "flowkit.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /**
   * What to do with an array of scalars (strings, numbers, booleans) in a profile.
   *
   * <p>Boomi's Flow Services Server rejects them, because a Flow list holds objects only. The
   * values are:
   *
   * <ul>
   *   <li>{@code error} (the default): report an error naming the array, as the Flow Services Server
   *       does;
   *   <li>{@code wrap}: generate an item type with one {@code Value} property and a list of it, as
   *       Flow's OpenAPI connector does.
   * </ul>
   *
   * @since 0.1.0
   */
  @Parameter(property = "flowkit.scalarArrays", defaultValue = "error")
  private String scalarArrays;

  /**
   * What to do when an action's profile has entries of the same name but different shapes at
   * different depths.
   *
   * <p>Flow names a message action's types by action, direction and entry name only ({@code
   * <Action> REQUEST - <entry>}), so two different {@code address} objects would become one type.
   * The values are:
   *
   * <ul>
   *   <li>{@code error} (the default): report an error pointing at both entries;
   *   <li>{@code path}: qualify the later type names with the path of their parent entry (for
   *       example {@code Create Order REQUEST - customer address}).
   * </ul>
   *
   * @since 0.1.0
   */
  @Parameter(property = "flowkit.nameClashes", defaultValue = "error")
  private String nameClashes;

  /**
   * How deeply objects may nest in a profile before the generation fails.
   *
   * <p>Recursive schemas become self-referencing types and never loop, but a profile that nests
   * deeper than this is reported as an error with the JSON pointer where it stopped (the profile's
   * root object is level 1). The default is deeper than Boomi's own profile import goes: beyond its
   * 10 levels each profile gets one warning.
   *
   * @since 0.1.0
   */
  @Parameter(property = "flowkit.maxDepth", defaultValue = "" + GenerationRequest.DEFAULT_MAX_DEPTH)
  private int maxDepth;

  /** Where this goal reads descriptors from. */
  protected abstract File sourceDirectory();

  /** Where this goal writes sources to. */
  protected abstract File outputDirectory();

  /** Registers the output directory as the kind of source root this goal feeds. */
  protected abstract void registerSourceRoot(MavenProject project, String directory);

  /** Why this goal does nothing in this build, or {@code null} when it runs. */
  protected String skipReason() {
    return skip ? "flowkit.skip is set" : null;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    String skipReason = skipReason();
    if (skipReason != null) {
      getLog().info("flowkit: skipped (" + skipReason + ")");
      return;
    }
    Path base = project.getBasedir().toPath();
    Path output = outputDirectory().toPath();
    GenerationTask.Settings settings =
        new GenerationTask.Settings(
            base, sourceDirectory().toPath(), output, stateFile(), checkedPackageName(),
            parse("scalarArrays", scalarArrays, ScalarArrays.class),
            parse("nameClashes", nameClashes, NameClashes.class),
            checkedMaxDepth(), failOnWarning, generatorVersion());
    new GenerationTask(Generator.standard(), getLog()).run(settings);
    // Registered after an up-to-date run too: later plugins must compile the sources either way.
    String root = output.toAbsolutePath().normalize().toString();
    registerSourceRoot(project, root);
    if (getLog().isDebugEnabled()) {
      getLog().debug("flowkit: registered source root " + RelativePaths.of(base, output));
    }
  }

  // One state per execution and goal, so executions (and the two goals of one execution) never
  // share or overwrite each other's manifest.
  private Path stateFile() {
    String execution = mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(project.getBuild().getDirectory(), "flowkit", execution, mojoExecution.getGoal() + ".state");
  }

  private String generatorVersion() throws MojoExecutionException {
    File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
    try {
      return GeneratorVersion.of(plugin.getVersion(), jar == null ? null : jar.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("flowkit: cannot read the plugin jar " + jar + ": " + e, e);
    }
  }

  private String checkedPackageName() throws MojoExecutionException {
    if (packageName == null || packageName.isBlank()) {
      return "";
    }
    String trimmed = packageName.trim();
    if (!SourceVersion.isName(trimmed)) {
      throw new MojoExecutionException("flowkit: packageName '" + trimmed + "' is not a valid Java package name");
    }
    return trimmed;
  }

  private int checkedMaxDepth() throws MojoExecutionException {
    if (maxDepth <= 0) {
      throw new MojoExecutionException("flowkit: maxDepth must be positive, not " + maxDepth);
    }
    return maxDepth;
  }

  private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type)
      throws MojoExecutionException {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(c -> c.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new MojoExecutionException("flowkit: " + parameter + " must be one of " + allowed + ", not '" + value + "'");
  }
}
