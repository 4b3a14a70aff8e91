package io.flowkit.codegen.naming;

import io.flowkit.codegen.diagnostics.Reporter;
import io.flowkit.codegen.diagnostics.SourceLocation;
import io.flowkit.codegen.profile.Member;
import io.flowkit.codegen.profile.ObjectShape;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules Flow and Boomi put on the names a service shows (spec §5, §8 E2–E6, E23): entry names,
 * descriptor names and composed type names. Problems go to the {@link Reporter}.
 */
public final class FlowNameRules {

  /** Composed names longer than this get a warning: Boomi's component names stop at 255. */
  public static final int LONG_NAME = 255;

  /**
   * The names Boomi gives the layers of a JSON profile until they are renamed ({@code Object},
   * {@code Array}, {@code ArrayElement1}), and the {@code _1} it appends when two collide.
   */
  private static final Pattern BOOMI_LAYER_NAME = Pattern.compile("(Object|Array|ArrayElement\\d+)(_\\d+)?");

  private FlowNameRules() {}

  /**
   * Checks the entry names of one object: none empty (E3), none differing from another only in
   * letter case (E4), no {@code [} or {@code ]} (E2: Flow's value references), and a warning for
   * {@code .}.
   */
  public static void checkEntries(ObjectShape object, Reporter reporter) {
    Map<String, Member> byLowerCase = new HashMap<>();
    for (Member member : object.members()) {
      String name = member.name();
      if (name.isEmpty()) {
        reporter.error(member.source(), "an empty entry name: Flow properties need a name");
        continue;
      }
      Member twin = byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), member);
      if (twin != null) {
        reporter.error(member.source(), "entries \"" + twin.name() + "\" and \"" + name
            + "\" differ only in letter case; Flow matches names ignoring case in places, so they would clash");
      }
      checkCharacters(name, "entry name", member.source(), reporter);
    }
  }

  /** {@code [} and {@code ]} are errors, {@code .} a warning, in any name Flow shows. */
  public static void checkCharacters(String name, String what, SourceLocation at, Reporter reporter) {
    if (name.indexOf('[') >= 0 || name.indexOf(']') >= 0) {
      reporter.error(at, what + " \"" + name + "\" contains [ or ], which Flow's value references use");
    } else if (name.indexOf('.') >= 0) {
      reporter.warning(at, what + " \"" + name
          + "\" contains '.', which can be mistaken for a property reference in Flow ({![Value].[Property]})");
    }
  }

  /**
   * A warning for {@code .} in a descriptor name ({@code [} and {@code ]} are already refused by
   * the descriptor's schema).
   */
  public static void checkDot(String name, String what, SourceLocation at, Reporter reporter) {
    if (name.indexOf('.') >= 0 && name.indexOf('[') < 0 && name.indexOf(']') < 0) {
      checkCharacters(name, what, at, reporter);
    }
  }

  /** A warning for a composed name longer than {@value #LONG_NAME} characters (E23). */
  public static void checkLength(String name, String what, SourceLocation at, Reporter reporter) {
    if (name.length() > LONG_NAME) {
      reporter.warning(at, what + " \"" + name.substring(0, 40) + "…\" is " + name.length()
          + " characters long; Boomi limits names to " + LONG_NAME);
    }
  }

  /**
   * A warning for an object or list entry named like an unrenamed Boomi profile layer (E6): its
   * type would be called {@code … REQUEST - Object}, which tells the Flow builder nothing.
   */
  public static void checkLayerName(String entry, String typeName, SourceLocation at, Reporter reporter) {
    if (BOOMI_LAYER_NAME.matcher(entry).matches()) {
      reporter.warning(at, "entry name \"" + entry + "\" is the name Boomi gives an unrenamed profile layer, so its"
          + " type is called \"" + typeName + "\"; rename the entry after what it holds (Boomi advises renaming"
          + " every layer before the first install)");
    }
  }

  /** {@code $} starts system type names ({@code $File}, {@code $User}): refused for others (E5). */
  public static void checkNotSystem(String name, String what, SourceLocation at, Reporter reporter) {
    if (name.startsWith("$")) {
      reporter.error(at, what + " \"" + name + "\" starts with '$', which Flow reserves for system types");
    }
  }
}
