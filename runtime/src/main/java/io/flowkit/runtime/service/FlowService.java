package io.flowkit.runtime.service;

import io.flowkit.runtime.codec.ConfigurationCodec;
import io.flowkit.runtime.wire.ActionDescription;
import io.flowkit.runtime.wire.ContentType;
import io.flowkit.runtime.wire.DescribeServiceResponse;
import io.flowkit.runtime.wire.DescribeValue;
import io.flowkit.runtime.wire.InstallMetadata;
import io.flowkit.runtime.wire.TypeElement;
import io.flowkit.runtime.wire.UriParts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A Flow service ready to serve: its describe metadata and the dispatch table from uri parts,
 * binding table names and resource paths to the user's implementations. Generated assembly classes
 * ({@code OrdersService.builder()…build()}) produce one; servers mount it at its {@link #path()}.
 *
 * @param <C> the service's configuration record
 */
public final class FlowService<C> {

  private final String name;
  private final String path;
  private final ConfigurationCodec<C> configuration;
  private final List<DescribeValue> configurationValues;
  private final List<TypeElement> types;
  private final Map<String, MessageActionBinding<C, ?, ?>> actions;
  private final Map<String, DataActionBinding<C, ?, ?>> dataActions;
  private final Map<String, FileResourceBinding<C, ?>> fileResources;
  private final DescribeServiceResponse description;

  /**
   * The paths the protocol itself uses below a service; a message action advertised at one of them
   * could never be called.
   */
  static final Set<String> RESERVED_PATHS =
      Set.of("", "metadata", "metadata/install", "data", "data/delete", "file", "file/content", "file/delete");

  private FlowService(Builder<C> builder) {
    this.name = builder.name;
    this.path = builder.path;
    this.configuration = builder.configuration;
    this.configurationValues = sorted(withoutPasswordDefaults(builder.configurationValues), DescribeValue::developerName);
    this.types = sorted(builder.types, TypeElement::developerName);
    this.actions = Map.copyOf(builder.actions);
    this.dataActions = Map.copyOf(builder.dataActions);
    this.fileResources = Map.copyOf(builder.fileResources);
    this.description = describeOnce();
  }

  /** Starts a service with the given name, mount path (e.g. {@code /fs/orders}) and configuration codec. */
  public static <C> Builder<C> builder(String name, String path, ConfigurationCodec<C> configuration) {
    return new Builder<>(name, path, configuration);
  }

  public String name() {
    return name;
  }

  /** Where the service is mounted, starting with {@code /} and not ending with one. */
  public String path() {
    return path;
  }

  public ConfigurationCodec<C> configuration() {
    return configuration;
  }

  public List<DescribeValue> configurationValues() {
    return configurationValues;
  }

  /** Every type the service installs, sorted by name. */
  public List<TypeElement> types() {
    return types;
  }

  public Collection<MessageActionBinding<C, ?, ?>> messageActions() {
    return actions.values();
  }

  public Collection<DataActionBinding<C, ?, ?>> dataActions() {
    return dataActions.values();
  }

  public Collection<FileResourceBinding<C, ?>> fileResources() {
    return fileResources.values();
  }

  /** The action advertised with this uri part; slashes around it are ignored. */
  public Optional<MessageActionBinding<C, ?, ?>> messageAction(String uriPart) {
    return Optional.ofNullable(actions.get(UriParts.normalize(uriPart)));
  }

  /** The data action whose binding has this table name. */
  public Optional<DataActionBinding<C, ?, ?>> dataAction(String tableName) {
    return Optional.ofNullable(dataActions.get(tableName));
  }

  /** The file resource with this path; a missing leading slash is tolerated. */
  public Optional<FileResourceBinding<C, ?>> fileResource(String resourcePath) {
    if (resourcePath == null) {
      return Optional.empty();
    }
    String key = resourcePath.startsWith("/") ? resourcePath : "/" + resourcePath;
    return Optional.ofNullable(fileResources.get(key));
  }

  /**
   * The full describe metadata: capability flags (set only for what the service implements),
   * configuration value definitions, actions sorted by name (case-insensitively, as the SDK does)
   * with their inputs and outputs sorted by name, and types, both as {@code install.typeElements}
   * and as {@code types}. Configuration values and types are sorted by name too, so installs diff
   * stably; a password's default value is never described.
   */
  public DescribeServiceResponse describe() {
    return description;
  }

  private DescribeServiceResponse describeOnce() {
    List<ActionDescription> described = new ArrayList<>();
    for (MessageActionBinding<C, ?, ?> binding : actions.values()) {
      ActionDescription action = binding.description();
      described.add(
          new ActionDescription(
              UriParts.normalize(action.uriPart()), action.developerName(), action.developerSummary(), action.viewMessageAction(),
              action.serviceActionOutcomes(),
              sorted(withoutPasswordDefaults(action.serviceInputs()), DescribeValue::developerName),
              sorted(withoutPasswordDefaults(action.serviceOutputs()), DescribeValue::developerName)));
    }
    described.sort(
        Comparator.comparing((ActionDescription a) -> a.developerName().toLowerCase(Locale.ROOT))
            .thenComparing(ActionDescription::developerName));
    return new DescribeServiceResponse(
        null, null, configurationValues, !actions.isEmpty(), !dataActions.isEmpty(),
        !fileResources.isEmpty(), false, false, false, false, false, false, false, false, false,
        described, new InstallMetadata(types), types, null);
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder())));
    return List.copyOf(copy);
  }

  private static List<DescribeValue> withoutPasswordDefaults(List<DescribeValue> values) {
    List<DescribeValue> safe = new ArrayList<>(values.size());
    for (DescribeValue value : values) {
      safe.add(
          value.contentType() == ContentType.PASSWORD && value.contentValue() != null
              ? new DescribeValue(
                  value.developerName(), value.contentType(), null, value.typeElementDeveloperName(), value.required(),
                  value.order())
              : value);
    }
    return safe;
  }


  /** Assembles a {@link FlowService}; generated service classes drive it. */
  public static final class Builder<C> {
    private final String name;
    private final String path;
    private final ConfigurationCodec<C> configuration;
    private final List<DescribeValue> configurationValues = new ArrayList<>();
    private final List<TypeElement> types = new ArrayList<>();
    private final Map<String, MessageActionBinding<C, ?, ?>> actions = new LinkedHashMap<>();
    private final Map<String, DataActionBinding<C, ?, ?>> dataActions = new LinkedHashMap<>();
    private final Map<String, FileResourceBinding<C, ?>> fileResources = new LinkedHashMap<>();

    private Builder(String name, String path, ConfigurationCodec<C> configuration) {
      this.name = Objects.requireNonNull(name, "name");
      this.path = normalizePath(path);
      this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    public Builder<C> configurationValues(List<DescribeValue> values) {
      configurationValues.addAll(values);
      return this;
    }

    public Builder<C> types(List<TypeElement> elements) {
      types.addAll(elements);
      return this;
    }

    /**
     * Adds a message action, routed at its {@code uriPart} (slashes around it ignored).
     *
     * @throws IllegalStateException for a uri part already taken, or one the protocol itself uses
     *     ({@code metadata}, {@code data}, {@code file}, …)
     */
    public Builder<C> messageAction(MessageActionBinding<C, ?, ?> binding) {
      String uriPart = UriParts.normalize(binding.uriPart());
      if (RESERVED_PATHS.contains(uriPart)) {
        throw new IllegalStateException(
            "The message action '" + binding.description().developerName() + "' cannot be served at '" + uriPart
                + "': the protocol uses that path itself");
      }
      putOnce(actions, uriPart, binding, "message action uri part");
      return this;
    }

    public Builder<C> dataAction(DataActionBinding<C, ?, ?> binding) {
      putOnce(dataActions, binding.tableName(), binding, "data action table");
      return this;
    }

    public Builder<C> fileResource(FileResourceBinding<C, ?> binding) {
      putOnce(fileResources, normalizePath(binding.path()), binding, "file resource path");
      return this;
    }

    /**
     * @throws IllegalStateException when a described type references a type the service does not
     *     describe (system types starting with {@code $} excepted), or a data action's table is no
     *     described type's binding (the platform could never call it)
     */
    public FlowService<C> build() {
      FlowService<C> service = new FlowService<>(this);
      TypeReferences.check(service);
      return service;
    }

    private static <V> void putOnce(Map<String, V> map, String key, V value, String what) {
      if (map.putIfAbsent(key, value) != null) {
        throw new IllegalStateException("Duplicate " + what + " '" + key + "'");
      }
    }

    private static String normalizePath(String path) {
      Objects.requireNonNull(path, "path");
      String p = path.startsWith("/") ? path : "/" + path;
      while (p.length() > 1 && p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      return p;
    }
  }
}
