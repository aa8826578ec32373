package org.tipevidence.jobs.national;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * UN M49 numeric area codes. Countries resolve to ISO 3166-1 alpha-3 through {@code m49-iso3.csv}
 * (ISO numeric codes equal M49 codes for countries). A few M49 codes are parts of a country
 * (England and Wales, Zanzibar, ...): they are {@code subnational}, kept apart from countries like
 * the aggregates (World, regions, income and development groups), which are every other code.
 */
final class M49Areas {
  static final Set<String> SUBNATIONAL = Set.of("369", "370", "827", "828", "829", "835", "836");

  private static final Map<String, String> ISO3 = load();

  private M49Areas() {}

  /** M49 code without leading zeros → ISO3, countries only. */
  static Map<String, String> countries() {
    return ISO3;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new TreeMap<>();
    try (InputStream in = M49Areas.class.getResourceAsStream("m49-iso3.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("m49,") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split(",", 3);
        out.put(String.valueOf(Integer.parseInt(parts[0])), parts[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(out);
  }
}
