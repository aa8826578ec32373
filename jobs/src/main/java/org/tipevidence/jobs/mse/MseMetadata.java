package org.tipevidence.jobs.mse;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.validate.CodeLiterals;
import org.tipevidence.jobs.validate.Rule;

/**
 * {@code mse-tables.csv}: one row per table ({@code file,country_iso3,period,list_names}). Each row
 * is accepted or quarantined like any reference row; a file described twice is described by none
 * (nobody can tell which row is right), unless the rows are identical.
 */
public final class MseMetadata {
  public static final List<String> COLUMNS =
      List.of("file", "country_iso3", "period", "list_names");

  private MseMetadata() {}

  /** Raw rows with a verdict (null = accepted). Empty when there is no metadata file. */
  public static Dataset<Row> check(
      SparkSession spark, Optional<InputFile> file, List<String> tableNames) {
    Dataset<Row> raw =
        RecordReader.readOnDriver(spark, file.map(List::of).orElse(List.of()), COLUMNS);
    Column fileName = trim(col("file"));
    Column period = trim(col("period"));
    List<Rule> rules = Rule.parseErrorsThenRequired(List.of("file", "country_iso3", "period"));
    rules.add(
        new Rule(
            ReasonCode.INVALID_VALUE,
            "file",
            tableNames.isEmpty() ? lit(true) : fileName.isin(tableNames.toArray()).equalTo(false),
            concat(
                lit("file '"),
                col("file"),
                lit("' is not a table in the MSE folder; give the table's file name, e.g. "),
                lit(tableNames.isEmpty() ? "NLD_2019.csv" : tableNames.get(0)))));
    rules.add(
        new Rule(
            ReasonCode.INVALID_COUNTRY_CODE,
            "country_iso3",
            CodeLiterals.isCountry(upper(trim(col("country_iso3")))).equalTo(false),
            concat(lit("'"), col("country_iso3"), lit("'"))));
    rules.add(
        new Rule(
            ReasonCode.INVALID_PERIOD,
            "period",
            period.rlike("^" + TableIdentity.PERIOD.pattern() + "$").equalTo(false),
            concat(lit("period '"), col("period"), lit("'"))));
    rules.add(
        new Rule(
            ReasonCode.INVALID_VALUE,
            "list_names",
            coalesce(
                trim(col("list_names"))
                    .notEqual("")
                    .and(
                        exists(
                            split(col("list_names"), ";"),
                            part -> trim(substring_index(part, "=", 1)).equalTo(""))),
                lit(false)),
            concat(
                lit("list_names '"),
                col("list_names"),
                lit("' must be CODE=Name pairs separated by ';', one per list in column order"))));
    Dataset<Row> checked = raw.withColumn(Rule.VERDICT, Rule.firstBroken(rules));
    return duplicates(checked).persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Second and later identical rows: duplicate_row; differing rows for one file: all rejected. */
  private static Dataset<Row> duplicates(Dataset<Row> checked) {
    Column content =
        concat_ws(
            "|", upper(trim(col("country_iso3"))), trim(col("period")), trim(col("list_names")));
    WindowSpec byFile = Window.partitionBy(trim(col("file")));
    Column variants = size(collect_set(content).over(byFile));
    Column firstLine = min(col(RawRecords.SOURCE_LINE)).over(byFile);
    Column passed = col(Rule.VERDICT).isNull();
    Column described = concat(lit("file '"), trim(col("file")), lit("' is described on line "));
    Column conflicting =
        Rule.firstBroken(
            List.of(
                new Rule(
                    ReasonCode.CONFLICTING_DUPLICATE,
                    "file",
                    variants.gt(1),
                    concat(
                        described,
                        firstLine.cast("string"),
                        lit(" and again with other values; keep one row per table"))),
                new Rule(
                    ReasonCode.DUPLICATE_ROW,
                    "file",
                    col(RawRecords.SOURCE_LINE).gt(firstLine),
                    concat(described, firstLine.cast("string"), lit(" already")))));
    // Only rows that passed the row rules take part, so a broken row does not shadow a good one.
    Dataset<Row> good = checked.where(passed).withColumn(Rule.VERDICT, conflicting);
    return good.unionByName(checked.where(passed.equalTo(false)));
  }

  /**
   * What the metadata says about each table, from one small collect (one row per metadata row).
   *
   * @param accepted identities of accepted rows, by table name
   * @param rejected for each table named by a quarantined row: "mse-tables.csv line N (reason)"
   */
  public record Summary(Map<String, TableIdentity> accepted, Map<String, String> rejected) {}

  public static Summary summarise(Dataset<Row> checked) {
    Map<String, TableIdentity> accepted = new HashMap<>();
    Map<String, String> rejected = new HashMap<>();
    for (Row r :
        checked
            .select(
                trim(col("file")),
                upper(trim(col("country_iso3"))),
                trim(col("period")),
                col("list_names"),
                col(RawRecords.SOURCE_LINE),
                col(Rule.VERDICT + "." + Rule.REASON_CODE))
            .orderBy(col(RawRecords.SOURCE_LINE))
            .collectAsList()) {
      String file = r.getString(0);
      long line = r.getLong(4);
      if (!r.isNullAt(5)) {
        if (file != null && !file.isEmpty()) {
          String what = MseFiles.METADATA + " line " + line + " (" + r.getString(5) + ")";
          rejected.merge(file, what, (a, b) -> a + ", " + b);
        }
        continue;
      }
      List<String> codes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<String[]> pairs = TableIdentity.parseListNames(r.getString(3));
      for (String[] p : pairs == null ? List.<String[]>of() : pairs) {
        codes.add(p[0]);
        names.add(p[1]);
      }
      String source = "metadata (" + MseFiles.METADATA + " line " + line + ")";
      accepted.put(
          file, new TableIdentity(file, r.getString(1), r.getString(2), codes, names, source));
    }
    return new Summary(accepted, rejected);
  }
}
