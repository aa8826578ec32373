package org.tipevidence.common.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Looks up a {@link ProgressMethod} by its stable name (e.g. from job configuration). */
public final class ProgressMethods {

  /** Name used when configuration does not choose a method. */
  public static final String DEFAULT_NAME = OpenSdgMethod.NAME;

  private static final Map<String, ProgressMethod> BY_NAME = new LinkedHashMap<>();

  static {
    for (ProgressMethod m :
        List.of(new OpenSdgMethod(), new Unsd2022Method(), new Expected2030Method())) {
      BY_NAME.put(m.name(), m);
    }
  }

  private ProgressMethods() {}

  /** Valid names, default first: open_sdg, unsd_2022, expected_2030. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }

  /** The default method (open_sdg). */
  public static ProgressMethod defaultMethod() {
    return BY_NAME.get(DEFAULT_NAME);
  }

  /**
   * Method for {@code name} (trimmed, case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown or null name, listing the valid names
   */
  public static ProgressMethod byName(String name) {
    ProgressMethod m = name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
    if (m == null) {
      throw new IllegalArgumentException(
          "Unknown progress method '" + name + "'; valid names: " + String.join(", ", names()));
    }
    return m;
  }
}
