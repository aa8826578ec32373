package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.tipevidence.common.csv.CsvParser;
import org.tipevidence.common.csv.CsvRecord;
import org.tipevidence.jobs.validate.CodeLiterals;

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

  /**
   * An area code's ISO3 when it is a country: an M49 numeric code through the table, or (when
   * {@code iso3Allowed}, as in SDMX files of national registries) an ISO3 code itself.
   */
  static Column iso3(Column area, boolean iso3Allowed) {
    Column numeric = area.rlike("^[0-9]+$");
    Column fromM49 = CodeLiterals.lookup(when(numeric, area.cast("int").cast("string")), ISO3);
    if (!iso3Allowed) {
      return fromM49;
    }
    return coalesce(fromM49, when(CodeLiterals.isCountry(upper(area)), upper(area)));
  }

  /** {@code country}, {@code subnational}, {@code aggregate} (other M49 codes), or null. */
  static Column scopeType(Column area, boolean iso3Allowed) {
    Column numeric = area.rlike("^[0-9]+$");
    return when(iso3(area, iso3Allowed).isNotNull(), lit("country"))
        .when(
            numeric.and(area.cast("int").cast("string").isin(SUBNATIONAL.toArray())),
            lit("subnational"))
        .when(numeric, lit("aggregate"));
  }

  /** The country's ISO3, else {@code M49_<code>} for numeric codes. */
  static Column scopeId(Column area, boolean iso3Allowed) {
    Column numeric = area.rlike("^[0-9]+$");
    return coalesce(
        iso3(area, iso3Allowed),
        when(numeric, concat(lit("M49_"), area.cast("int").cast("string"))));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new TreeMap<>();
    try (InputStream in = M49Areas.class.getResourceAsStream("m49-iso3.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CsvParser csv = new CsvParser(reader);
      while (csv.hasNext()) {
        CsvRecord r = csv.next();
        if (r.raw().startsWith("#") || r.raw().startsWith("m49,") || r.raw().isBlank()) {
          continue;
        }
        out.put(String.valueOf(Integer.parseInt(r.fields().get(0))), r.fields().get(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(out);
  }
}
