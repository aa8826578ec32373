package org.tipevidence.jobs.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.tipevidence.common.iati.IatiActivityWriter;
import org.tipevidence.common.validation.SubmissionFields;

/**
 * Writes a synthetic input folder with the sample data's schema at any size, for scale and
 * robustness tests. Deterministic for a seed; rows are streamed to disk so memory does not grow
 * with the row count. A fraction of rows is broken on purpose, cycling through every reason code
 * the submission rules know, and {@code _expected.json} records how many of each were written.
 */
public final class SyntheticInput {
  private static final String[] COUNTRIES = {
    "NGA", "NER", "MLI", "ETH", "NPL", "BGD", "MDA", "UKR", "THA", "MMR", "GTM", "MEX"
  };

  /** Country whose 2015 population is deliberately absent (missing_population rows use it). */
  private static final String NO_POP_2015 = "MEX";

  private static final String[] SEX = {"F", "M", "_T"};
  private static final String[] AGE = {"Y0T17", "Y_GE18", "_T"};
  private static final String[] FORM = {"SEX_EXPL", "FRC_LAB", "ORG_REM", "OTH_PUR", "_T"};
  private static final String[] TIP_INDICATORS = {"VICTIMS_IDENTIFIED", "VICTIMS_ASSISTED"};
  private static final String[] SOM_INDICATORS = {"MIGRANTS_ASSISTED", "PROSECUTIONS_SOM"};
  private static final int PERIODS = 55; // 2015..2025: 11 years + 44 quarters

  /** Rows per CSV, JSON Lines or IATI file unless told otherwise (DHIS2: one file of any size). */
  public static final long DEFAULT_ROWS_PER_FILE = 250_000;

  /** Every reason code the generator breaks rows for, in the order it cycles through them. */
  public static final List<String> BAD_KINDS =
      List.of(
          "malformed_record",
          "missing_required_field",
          "unknown_programme",
          "invalid_country_code",
          "country_not_in_programme",
          "invalid_period",
          "period_outside_programme",
          "unknown_disaggregation_code",
          "unmapped_indicator",
          "crime_type_mismatch",
          "unparseable_number",
          "negative_count",
          "percentage_out_of_range",
          "invalid_timestamp",
          "missing_population",
          "conflicting_duplicate",
          "duplicate_row",
          "superseded");

  private final long rows;
  private final long seed;
  private final double badFraction;
  private final int programmes;
  private final OutputFormat format;
  private final long rowsPerFile;
  private Dhis2Export export; // the DHIS2 file being written, else null
  private IatiActivityWriter xml; // the IATI file being written, else null

  public SyntheticInput(long rows, long seed, double badFraction) {
    this(rows, seed, badFraction, OutputFormat.CSV);
  }

  /**
   * @param format how the submissions are written: CSV and JSON Lines files, one DHIS2 dataValueSet
   *     file (any size) with dhis2-map.json, or IATI activity files ({@code .xml}; a file cannot be
   *     half broken, so malformed records become unparseable numbers)
   */
  public SyntheticInput(long rows, long seed, double badFraction, OutputFormat format) {
    this(
        rows,
        seed,
        badFraction,
        format,
        format == OutputFormat.DHIS2 ? Long.MAX_VALUE : DEFAULT_ROWS_PER_FILE);
  }

  /**
   * @param rowsPerFile rows written to a file before the next one starts (a pair of rows that only
   *     makes sense together, such as a resubmission, stays in one file and may pass it by one)
   */
  public SyntheticInput(
      long rows, long seed, double badFraction, OutputFormat format, long rowsPerFile) {
    this.format = format;
    if (rows < 1) {
      throw new IllegalArgumentException("--rows must be at least 1");
    }
    if (rowsPerFile < 1) {
      throw new IllegalArgumentException("--rows-per-file must be at least 1");
    }
    this.rowsPerFile = rowsPerFile;
    if (badFraction < 0 || badFraction > 1) {
      throw new IllegalArgumentException("--bad-fraction must lie between 0 and 1");
    }
    this.rows = rows;
    this.seed = seed;
    this.badFraction = badFraction;
    this.programmes = (int) Math.max(20, (rows + 1999) / 2000);
  }

  /** Writes the folder and returns the expected counts (rows read, accepted, per reason). */
  public Map<String, Long> write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("submissions"));
    writeProgrammes(dir.resolve("programmes.csv"));
    writePopulation(dir.resolve("population.csv"));
    List<String> localCodes = SyntheticMapping.write(dir.resolve("indicator-map.json"));
    if (format == OutputFormat.DHIS2) {
      Map<String, List<String>> countries = new TreeMap<>();
      for (int p = 0; p < programmes; p++) {
        countries.put(programmeId(p), countriesOf(p));
      }
      Dhis2Export.writeMapping(dir.resolve("dhis2-map.json"), localCodes, countries);
    }
    Map<String, Long> expected = new TreeMap<>();
    BAD_KINDS.forEach(k -> expected.put(k, 0L));
    Random random = new Random(seed);
    long written = 0;
    long badCounter = 0;
    int fileIndex = 0;
    while (written < rows) {
      boolean json = format == OutputFormat.CSV && fileIndex % 2 == 1;
      String extension = json ? "jsonl" : format.extension();
      Path file =
          dir.resolve("submissions").resolve(String.format("part-%05d.%s", fileIndex, extension));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        export = format == OutputFormat.DHIS2 ? new Dhis2Export(out) : null;
        xml =
            format == OutputFormat.IATI
                ? new IatiActivityWriter(out, "2025-02-01T09:00:00Z")
                : null;
        if (!json && format == OutputFormat.CSV) {
          out.write(String.join(",", HEADER));
          out.write('\n');
        }
        long inFile = 0;
        while (written < rows && inFile < rowsPerFile) {
          long i = written;
          String[] row = goodRow(i, random);
          boolean bad = random.nextDouble() < badFraction;
          String kind = bad ? BAD_KINDS.get((int) (badCounter++ % BAD_KINDS.size())) : null;
          if (format == OutputFormat.IATI && "malformed_record".equals(kind)) {
            kind = "unparseable_number";
          }
          // Pair kinds need two rows; keep them within the requested total.
          if (kind != null && isPair(kind) && written + 2 > rows) {
            kind = "negative_count";
          }
          // Only trafficking programmes report a per-100,000 indicator.
          if ("missing_population".equals(kind) && !isTip(programmeOf(i))) {
            kind = "negative_count";
          }
          if (kind == null) {
            writeRow(out, row, json);
            written++;
            inFile++;
          } else if (isPair(kind)) {
            writePair(out, row, kind, json);
            expected.merge(reason(kind), kind.equals("conflicting_duplicate") ? 2L : 1L, Long::sum);
            written += 2;
            inFile += 2;
          } else {
            if (kind.equals("malformed_record") && export != null) {
              export.malformed();
            } else if (kind.equals("malformed_record")) {
              out.write(json ? "{\"programme_id\": \"GEN-0001\", broken" : "a,b,c");
              out.write('\n');
            } else {
              writeRow(out, breakRow(row, kind), json);
            }
            expected.merge(reason(kind), 1L, Long::sum);
            written++;
            inFile++;
          }
        }
        if (export != null) {
          export.end();
        }
        if (xml != null) {
          xml.close();
        }
      }
      fileIndex++;
    }
    long quarantined = expected.values().stream().mapToLong(Long::longValue).sum();
    expected.put("rows_read", written);
    expected.put("rows_quarantined", quarantined);
    expected.put("rows_accepted", written - quarantined);
    ObjectNode node = new ObjectMapper().createObjectNode();
    expected.forEach(node::put);
    Files.writeString(dir.resolve("_expected.json"), node.toPrettyString());
    return expected;
  }

  static final String[] HEADER = SubmissionFields.ALL.toArray(new String[0]);

  private String reason(String kind) {
    return format == OutputFormat.DHIS2 ? Dhis2Export.reason(kind) : kind;
  }

  private static boolean isPair(String kind) {
    return kind.equals("conflicting_duplicate")
        || kind.equals("duplicate_row")
        || kind.equals("superseded");
  }

  private int programmeOf(long i) {
    return (int) (i % programmes);
  }

  private String programmeId(int p) {
    return String.format("GEN-%04d", p + 1);
  }

  private boolean isTip(int p) {
    return p % 4 != 3;
  }

  private String country(int p, int which) {
    return COUNTRIES[(p + which * 5) % COUNTRIES.length];
  }

  /** A valid row with a key unique to index i (mixed-radix decoding of i). */
  private String[] goodRow(long i, Random random) {
    int p = (int) (i % programmes);
    long j = i / programmes;
    int form = (int) (j % FORM.length);
    j /= FORM.length;
    int age = (int) (j % AGE.length);
    j /= AGE.length;
    int sex = (int) (j % SEX.length);
    j /= SEX.length;
    int period = (int) (j % PERIODS);
    j /= PERIODS;
    int country = (int) (j % 2);
    j /= 2;
    String[] indicators = isTip(p) ? TIP_INDICATORS : SOM_INDICATORS;
    String indicator = indicators[(int) (j % indicators.length)];
    String periodText =
        period < 11
            ? Integer.toString(2015 + period)
            : (2015 + (period - 11) / 4) + "-Q" + ((period - 11) % 4 + 1);
    return new String[] {
      programmeId(p),
      country(p, country),
      indicator,
      periodText,
      SEX[sex],
      AGE[age],
      FORM[form],
      Integer.toString(random.nextInt(500)),
      "2025-01-15T09:00:00Z",
      "team-" + (p % 7)
    };
  }

  private String[] breakRow(String[] good, String kind) {
    String[] r = good.clone();
    int p = Integer.parseInt(r[0].substring(4)) - 1;
    switch (kind) {
      case "missing_required_field" -> r[7] = "";
      case "unknown_programme" -> r[0] = "NOPE-9999";
      case "invalid_country_code" -> r[1] = "XYZ";
      case "country_not_in_programme" -> r[1] = "FRA";
      case "invalid_period" -> r[3] = "2019-Q5";
      case "period_outside_programme" -> r[3] = "2031";
      case "unknown_disaggregation_code" -> r[4] = "X";
      case "unmapped_indicator" -> r[2] = "NOT_AN_INDICATOR";
      case "crime_type_mismatch" -> r[2] = isTip(p) ? "MIGRANTS_ASSISTED" : "VICTIMS_IDENTIFIED";
      case "unparseable_number" -> r[7] = "12a";
      case "negative_count" -> r[7] = "-3";
      case "percentage_out_of_range" -> {
        r[2] = isTip(p) ? "CHILD_LABOUR_RATE" : "SMUGGLING_FEE_SHARE";
        r[7] = "140";
      }
      case "invalid_timestamp" -> r[8] = "yesterday";
      case "missing_population" -> {
        // Every programme lists NO_POP_2015, whose 2015 population is absent.
        r[2] = "VICTIMS_IDENTIFIED_RATE";
        r[1] = NO_POP_2015;
        r[3] = "2015";
      }
      default -> throw new IllegalArgumentException(kind);
    }
    return r;
  }

  private void writePair(BufferedWriter out, String[] row, String kind, boolean json)
      throws IOException {
    String[] second = row.clone();
    switch (kind) {
      case "conflicting_duplicate" -> second[7] = row[7] + "1";
      case "duplicate_row" -> {}
      case "superseded" -> {
        second[7] = row[7] + "2";
        second[8] = "2025-02-01T09:00:00Z";
      }
      default -> throw new IllegalArgumentException(kind);
    }
    writeRow(out, row, json);
    writeRow(out, second, json);
  }

  private void writeRow(BufferedWriter out, String[] r, boolean json) throws IOException {
    if (export != null) {
      export.value(r);
      return;
    }
    SubmissionRows.write(out, xml, r, json);
  }

  private void writeProgrammes(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "programme_id,programme_name,lead_agency,pillar,intervention_type,crime_type,countries,"
              + "start_date,end_date,budget_usd\n");
      String[] pillars = {"prevention", "protection", "prosecution", "partnership"};
      String[] interventions = {
        "awareness_campaign", "shelter_and_assistance", "prosecution_support", "data_sharing"
      };
      for (int p = 0; p < programmes; p++) {
        List<String> countries = countriesOf(p);
        out.write(
            String.join(
                ",",
                programmeId(p),
                "Synthetic programme " + (p + 1),
                "AGENCY-" + (p % 5),
                pillars[p % 4],
                interventions[p % 4],
                isTip(p) ? "TIP" : "SOM",
                String.join(";", countries),
                "2015-01-01",
                "2025-12-31",
                Integer.toString(100_000 + p * 1000)));
        out.write('\n');
      }
    }
  }

  private List<String> countriesOf(int p) {
    List<String> countries = new ArrayList<>(List.of(country(p, 0), country(p, 1)));
    if (!countries.contains(NO_POP_2015)) {
      countries.add(NO_POP_2015);
    }
    return countries;
  }

  private void writePopulation(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("country_iso3,year,population\n");
      for (String c : COUNTRIES) {
        for (int year = 2015; year <= 2025; year++) {
          if (c.equals(NO_POP_2015) && year == 2015) {
            continue;
          }
          out.write(
              c + "," + year + "," + (10_000_000 + c.hashCode() % 1_000_000 + year * 1000) + "\n");
        }
      }
    }
  }
}
