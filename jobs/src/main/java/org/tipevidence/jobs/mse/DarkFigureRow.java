package org.tipevidence.jobs.mse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.mse.BootstrapResult;
import org.tipevidence.common.mse.MseResult;
import org.tipevidence.common.mse.MseWarning;
import org.tipevidence.common.stats.Interval;

/**
 * One {@code dark_figure} row (before the population join) from the pure-Java results. Columns are
 * documented in docs/dark-figure.md. Undefined numbers (NaN, e.g. a BCa limit when θ̂ lies outside
 * every replicate) are written as null, never as NaN.
 */
public final class DarkFigureRow {
  public static final String METHOD = "mse_loglinear_stepwise";

  /** Sensitivity thresholds reported in their own columns (MseEstimator's defaults). */
  static final double LOW_THRESHOLD = 0.001;

  static final double HIGH_THRESHOLD = 0.05;

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);
  private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);

  public static final StructType SCHEMA =
      schema(
          "country_iso3 string",
          "period string",
          "year int",
          "source_file string",
          "identified_by string",
          "list_codes strings",
          "list_names strings",
          "n_lists int",
          "observed long",
          "method string",
          "threshold double",
          "model string",
          "model_pairs strings",
          "model_p_values doubles",
          "pairs_at_minus_infinity strings",
          "stop_p_value double",
          "empty_overlaps strings",
          "estimate double",
          "undetected double",
          "se_log_undetected double",
          "ci_low double",
          "ci_high double",
          "ci_method string",
          "wald95_low double",
          "wald95_high double",
          "wald80_low double",
          "wald80_high double",
          "bca95_low double",
          "bca95_high double",
          "bca80_low double",
          "bca80_high double",
          "bootstrap_seed long",
          "bootstrap_replicates int",
          "bootstrap_failed int",
          "bca_acceleration double",
          "bca_bias_correction double",
          "main_effects_estimate double",
          "main_effects_wald95_low double",
          "main_effects_wald95_high double",
          "estimate_p0_001 double",
          "model_p0_001 string",
          "estimate_p0_05 double",
          "model_p0_05 string",
          "sensitivity string",
          "detection_rate double",
          "warnings strings",
          "warning_messages strings");

  private DarkFigureRow() {}

  /**
   * The row for one table.
   *
   * @param boot BCa summary, or null when the bootstrap was skipped or failed
   * @param extraWarnings (code, message) pairs found by the stage, e.g. failed replicates
   */
  public static Row of(
      TableIdentity id,
      String sourceFile,
      MseResult r,
      BootstrapResult boot,
      long seed,
      int replicates,
      List<String[]> extraWarnings) {
    Interval bca95 = boot == null ? null : boot.bca95();
    Interval bca80 = boot == null ? null : boot.bca80();
    boolean bcaDefined = bca95 != null && finite(bca95.low()) && finite(bca95.high());
    List<String> codes = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (MseWarning w : r.warnings()) {
      codes.add(w.code().name().toLowerCase(Locale.ROOT));
      messages.add(w.message());
    }
    for (String[] w : extraWarnings) {
      codes.add(w[0]);
      messages.add(w[1]);
    }
    MseResult.Sensitivity low = sensitivity(r, LOW_THRESHOLD);
    MseResult.Sensitivity high = sensitivity(r, HIGH_THRESHOLD);
    return RowFactory.create(
        id.countryIso3(),
        id.period(),
        id.year(),
        sourceFile,
        id.source(),
        seq(id.listCodes().isEmpty() ? r.listNames() : id.listCodes()),
        seq(id.listDescriptions().isEmpty() ? r.listNames() : id.listDescriptions()),
        r.nLists(),
        r.observed(),
        METHOD,
        r.threshold(),
        model(r.selectedPairs(), r.pairsAtMinusInfinity()),
        seq(r.selectedPairs()),
        seq(r.pValues()),
        seq(r.pairsAtMinusInfinity()),
        orNull(r.stopP()),
        seq(r.emptyOverlaps()),
        orNull(r.estimate()),
        orNull(r.undetected()),
        orNull(r.seLogUndetected()),
        bcaDefined ? bca95.low() : orNull(r.wald95().low()),
        bcaDefined ? bca95.high() : orNull(r.wald95().high()),
        bcaDefined ? "bca_95" : "wald_95",
        orNull(r.wald95().low()),
        orNull(r.wald95().high()),
        orNull(r.wald80().low()),
        orNull(r.wald80().high()),
        bca95 == null ? null : orNull(bca95.low()),
        bca95 == null ? null : orNull(bca95.high()),
        bca80 == null ? null : orNull(bca80.low()),
        bca80 == null ? null : orNull(bca80.high()),
        seed,
        replicates,
        boot == null ? null : boot.failedReplicates(),
        boot == null ? null : orNull(boot.acceleration()),
        boot == null ? null : orNull(boot.biasCorrection()),
        orNull(r.mainEffectsEstimate()),
        orNull(r.mainEffectsWald95().low()),
        orNull(r.mainEffectsWald95().high()),
        low == null ? null : orNull(low.estimate()),
        low == null ? null : model(low.selectedPairs(), List.of()),
        high == null ? null : orNull(high.estimate()),
        high == null ? null : model(high.selectedPairs(), List.of()),
        sensitivityLine(r),
        finite(r.estimate()) && r.estimate() > 0 ? r.observed() / r.estimate() : null,
        seq(codes),
        seq(messages));
  }

  /** Row for a table whose estimation threw: identity and counts only, with the reason. */
  public static Row failed(
      TableIdentity id,
      String sourceFile,
      List<String> lists,
      long observed,
      long seed,
      int replicates,
      String message) {
    Object[] values = new Object[SCHEMA.size()];
    values[SCHEMA.fieldIndex("country_iso3")] = id.countryIso3();
    values[SCHEMA.fieldIndex("period")] = id.period();
    values[SCHEMA.fieldIndex("year")] = id.year();
    values[SCHEMA.fieldIndex("source_file")] = sourceFile;
    values[SCHEMA.fieldIndex("identified_by")] = id.source();
    values[SCHEMA.fieldIndex("list_codes")] =
        seq(id.listCodes().isEmpty() ? lists : id.listCodes());
    values[SCHEMA.fieldIndex("list_names")] =
        seq(id.listDescriptions().isEmpty() ? lists : id.listDescriptions());
    values[SCHEMA.fieldIndex("n_lists")] = lists.size();
    values[SCHEMA.fieldIndex("observed")] = observed;
    values[SCHEMA.fieldIndex("method")] = METHOD;
    values[SCHEMA.fieldIndex("bootstrap_seed")] = seed;
    values[SCHEMA.fieldIndex("bootstrap_replicates")] = replicates;
    values[SCHEMA.fieldIndex("warnings")] = seq(List.of("estimation_failed"));
    values[SCHEMA.fieldIndex("warning_messages")] =
        seq(List.of("the model could not be fitted, no estimate: " + message));
    return RowFactory.create(values);
  }

  /** "main effects + PF:NCA + LA:GP(-inf)": the pairs in the order the search added them. */
  static String model(List<String> pairs, List<String> atMinusInfinity) {
    StringBuilder sb = new StringBuilder("main effects");
    for (String p : pairs) {
      sb.append(" + ").append(p).append(atMinusInfinity.contains(p) ? "(-inf)" : "");
    }
    return sb.toString();
  }

  /**
   * One line comparing the estimate across models, fewest pairs first, e.g. "main effects: 12,214;
   * p=0.001: 11,109 (5 pairs); p=0.02: 11,418 (7 pairs, selected); p=0.05: ...".
   */
  static String sensitivityLine(MseResult r) {
    java.util.TreeMap<Double, String> byThreshold = new java.util.TreeMap<>();
    for (MseResult.Sensitivity s : r.sensitivity()) {
      byThreshold.put(s.threshold(), part(s.threshold(), s.estimate(), s.selectedPairs().size()));
    }
    byThreshold.put(
        r.threshold(), part(r.threshold(), r.estimate(), r.selectedPairs().size()) + ", selected");
    StringBuilder sb =
        new StringBuilder(
            String.format(Locale.ROOT, "main effects: %,.0f", r.mainEffectsEstimate()));
    byThreshold.values().forEach(v -> sb.append("; ").append(v).append(')'));
    return sb.toString();
  }

  private static String part(double threshold, double estimate, int pairs) {
    return String.format(
        Locale.ROOT,
        "p=%s: %,.0f (%d pair%s",
        java.math.BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString(),
        estimate,
        pairs,
        pairs == 1 ? "" : "s");
  }

  private static MseResult.Sensitivity sensitivity(MseResult r, double threshold) {
    return r.sensitivity().stream()
        .filter(s -> Math.abs(s.threshold() - threshold) < 1e-12)
        .findFirst()
        .orElse(null);
  }

  private static boolean finite(double v) {
    return Double.isFinite(v);
  }

  /** Array values of a Row built for an encoder must be Scala sequences. */
  private static scala.collection.immutable.Seq<?> seq(List<?> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
  }

  private static Double orNull(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static StructType schema(String... fields) {
    List<StructField> out = new ArrayList<>();
    for (String f : fields) {
      String[] nt = f.split(" ");
      DataType type =
          switch (nt[1]) {
            case "string" -> DataTypes.StringType;
            case "int" -> DataTypes.IntegerType;
            case "long" -> DataTypes.LongType;
            case "double" -> DataTypes.DoubleType;
            case "strings" -> STRINGS;
            case "doubles" -> DOUBLES;
            default -> throw new IllegalArgumentException(f);
          };
      out.add(DataTypes.createStructField(nt[0], type, true));
    }
    return DataTypes.createStructType(out);
  }
}
