package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.map_filter;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.catalogue.IndicatorIdentity;
import org.tipevidence.common.catalogue.NationalMetadata;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.UnitLabels;
import org.tipevidence.common.codes.MixedBreakdown;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.validate.CodeLiterals;
import org.tipevidence.jobs.validate.Rule;

/**
 * Open SDG national platform files ({@code opensdg/<country>/data/indicator_X-Y-Z.csv}): {@code
 * Year}, any disaggregation columns, {@code Value}; a blank disaggregation cell means total. Each
 * file's header is its own (see {@link HeaderedRecords}). Sex, age and form of exploitation columns
 * go through common's code lists; a non-blank cell in any other disaggregation column puts the row
 * out of scope (it is a breakdown the canonical observation has no dimension for), so it never
 * mixes into the total series.
 */
public final class OpenSdgAdapter implements NationalAdapter.Source {
  /** Columns that describe the value rather than break it down. */
  static final Set<String> NOT_DISAGGREGATIONS =
      Set.of(
          "Year",
          "Value",
          "Units",
          "Unit",
          "Unit measure",
          "Unit of measure",
          "UNIT_MEASURE",
          "Unit multiplier",
          "Observation status",
          "Series",
          "GeoCode",
          "");

  /** Where the row's unit label is, first non-blank wins; else the metadata's unit. */
  static final List<String> UNIT_COLUMNS =
      List.of("Units", "Unit", "Unit measure", "Unit of measure", "UNIT_MEASURE");

  /** Columns whose values mix totals, sexes, ages and forms (resolved value by value). */
  static final List<String> MIXED_COLUMNS =
      List.of(
          "Disaggregation Level",
          "Disaggregation level",
          "Disaggregation",
          "Disaggregation type",
          "Breakdown",
          "Category");

  static final List<String> SEX_COLUMNS = List.of("Sex");
  static final List<String> AGE_COLUMNS = List.of("Age", "Age group", "Groups of persons");
  static final List<String> FORM_COLUMNS =
      List.of("Forms of exploitation", "Form of exploitation", "Type of exploitation");

  private final SdgCatalogue catalogue;
  // Facts of each file (by label) from its name, folder and meta file.
  private final Map<String, String> countryByFile = new TreeMap<>();
  private final Map<String, String> indicatorByFile = new TreeMap<>();
  private final Map<String, String> idByFile = new TreeMap<>();
  private final Map<String, String> metaUnitByFile = new TreeMap<>();
  private final Map<String, String> identityByFile = new TreeMap<>();

  private OpenSdgAdapter(List<InputFile> files, NationalFolder folder, SdgCatalogue catalogue) {
    this.catalogue = catalogue;
    for (InputFile f : files) {
      String[] parts = f.label().split("/"); // national/opensdg/<country>/data/<file>
      String country = parts[2];
      String name = parts[4];
      OpenSdgMeta.country(country, folder.smallText("opensdg/" + country + "/country.txt"))
          .ifPresent(iso -> countryByFile.put(f.label(), iso));
      String indicatorCode = OpenSdgMeta.indicatorOf(name);
      indicatorByFile.put(f.label(), indicatorCode);
      String id = OpenSdgMeta.idOf(name);
      idByFile.put(f.label(), id);
      Map<String, String> meta =
          folder
              .smallText("opensdg/" + country + "/meta/" + id + ".yml")
              .or(() -> folder.smallText("opensdg/" + country + "/meta/" + id + ".md"))
              .map(NationalMetadata::parse)
              .orElse(Map.of());
      NationalMetadata.unitLabel(meta).ifPresent(u -> metaUnitByFile.put(f.label(), u));
      catalogue
          .indicator(indicatorCode)
          .flatMap(i -> IndicatorIdentity.mismatch(i, UnitLabels.ofIndicator(i), meta))
          .ifPresent(why -> identityByFile.put(f.label(), why));
    }
  }

  public static CheckedInput run(
      SparkSession spark,
      List<InputFile> files,
      NationalFolder folder,
      SdgCatalogue catalogue,
      Dataset<Row> catalogueTable) {
    return NationalAdapter.run(
        spark, files, catalogueTable, new OpenSdgAdapter(files, folder, catalogue));
  }

  @Override
  public String name() {
    return "opensdg";
  }

  @Override
  public Dataset<Row> typed(Dataset<Row> raw) {
    Column file = col(RawRecords.SOURCE_FILE);
    Column fields = col(HeaderedRecords.FIELDS);
    Set<String> known = new java.util.HashSet<>(NOT_DISAGGREGATIONS);
    known.addAll(UNIT_COLUMNS);
    known.addAll(MIXED_COLUMNS);
    known.addAll(SEX_COLUMNS);
    known.addAll(AGE_COLUMNS);
    known.addAll(FORM_COLUMNS);
    Column disaggregations =
        map_filter(
            fields, (k, v) -> k.isin(known.toArray()).equalTo(false).and(trim(v).notEqual("")));
    Dataset<Row> withMixed =
        raw.withColumn("_mixed_label", firstOf(fields, MIXED_COLUMNS, lit("")))
            .withColumn("_mixed_column", whichOf(fields, MIXED_COLUMNS));
    Column mixed = CodeLiterals.normalised(withMixed, "_mixed_label", MixedBreakdown::encoded);
    Column mixedDim = when(mixed.startsWith("?").equalTo(false), substring_index(mixed, "=", 1));
    Column mixedLabel = col("_mixed_label");
    Dataset<Row> labelled =
        withMixed
            .withColumn("_mixed", mixed)
            .withColumn(
                "_sex_label",
                firstOf(fields, SEX_COLUMNS, orBlank(when(mixedDim.equalTo("sex"), mixedLabel))))
            .withColumn(
                "_age_label",
                firstOf(fields, AGE_COLUMNS, orBlank(when(mixedDim.equalTo("age"), mixedLabel))))
            .withColumn(
                "_form_label",
                firstOf(fields, FORM_COLUMNS, orBlank(when(mixedDim.equalTo("form"), mixedLabel))))
            .withColumn(
                "_unit_label",
                firstOf(fields, UNIT_COLUMNS, CodeLiterals.lookup(file, metaUnitByFile)))
            .withColumn("_identity", CodeLiterals.lookup(file, identityByFile))
            .withColumn("_other_disagg", HeaderedRecords.joined(disaggregations));
    Map<String, Column> codes =
        DisaggregationCodes.codes(
            labelled,
            Map.of("_form_label", DisaggregationCodes.FORM, "_unit_label", UnitLabels::unit));
    Dataset<Row> coded =
        DisaggregationCodes.withSexAndAge(labelled, codes)
            .withColumn("_form", codes.get("_form_label"))
            .withColumn("_unit", codes.get("_unit_label"));

    Map<String, String> seriesKeys = CatalogueSeries.seriesByIndicatorUnitForm(catalogue);
    Column indicator = CodeLiterals.lookup(file, indicatorByFile);
    Column key = concat_ws("|", indicator, col("_unit"));
    Column series =
        coalesce(
            CodeLiterals.lookup(concat_ws("|", key, col("_form")), seriesKeys),
            CodeLiterals.lookup(concat_ws("|", key, lit("*")), seriesKeys));
    Column yearText = trim(coalesce(try_element_at(fields, lit("Year")), lit("")));
    Column calendar = yearText.rlike("^[0-9]{4}$");
    Column financial = yearText.rlike("^[0-9]{4}/[0-9]{2}$");
    Column year =
        when(calendar.or(financial), regexp_extract(yearText, "^([0-9]{4})", 1).cast("int"));
    Column country = CodeLiterals.lookup(file, countryByFile);
    return coded
        .withColumn("_indicator", indicator)
        .withColumn("_file_id", CodeLiterals.lookup(file, idByFile))
        .withColumn("_series", series)
        .withColumn("_year_text", yearText)
        .withColumn("_year", year)
        .withColumn("_value_text", trim(coalesce(try_element_at(fields, lit("Value")), lit(""))))
        .withColumn("_censored", lit(false))
        .withColumn("_upper", lit(null).cast(DataTypes.DoubleType))
        .withColumn("_lower", lit(null).cast(DataTypes.DoubleType))
        .withColumn("_scope_type", lit("country"))
        .withColumn("_scope_id", country)
        .withColumn("_country", country)
        .withColumn("_period", yearText)
        // Financial years "2018/19" run April to March (the UK's convention).
        .withColumn(
            "_period_start",
            make_date(col("_year"), when(financial, lit(4)).otherwise(lit(1)), lit(1)))
        .withColumn(
            "_period_end",
            when(financial, make_date(col("_year").plus(1), lit(3), lit(31)))
                .otherwise(make_date(col("_year"), lit(12), lit(31))))
        .withColumn("_indicator_code", col("_file_id"))
        .withColumn("_nature", lit(null).cast(DataTypes.StringType));
  }

  @Override
  public List<Check> checks() {
    return OpenSdgRules.checks(catalogue);
  }

  /** The checks, then national categories that only share a code ({@link #subCategories}). */
  @Override
  public Dataset<Row> judged(Dataset<Row> joined) {
    return subCategories(Verdicts.thenChecks(joined, checks()));
  }

  @Override
  public List<Column> key() {
    return List.of(
        col(RawRecords.SOURCE_FILE),
        col("_period"),
        col("_series"),
        col("_sex"),
        col("_age"),
        col("_form"));
  }

  @Override
  public String valueColumn() {
    return "Value";
  }

  private static Column nonBlank(Column c) {
    return when(trim(c).notEqual(""), trim(c));
  }

  /** The first non-blank of {@code names} the row has, else {@code otherwise}. */
  private static Column firstOf(Column fields, List<String> names, Column otherwise) {
    List<Column> candidates = new ArrayList<>();
    for (String n : names) {
      candidates.add(nonBlank(try_element_at(fields, lit(n))));
    }
    candidates.add(otherwise);
    return coalesce(candidates.toArray(new Column[0]));
  }

  private static Column orBlank(Column c) {
    return coalesce(c, lit(""));
  }

  /** The name of the first of {@code names} that is non-blank in the row. */
  private static Column whichOf(Column fields, List<String> names) {
    Column out = null;
    for (String n : names) {
      Column has = nonBlank(try_element_at(fields, lit(n))).isNotNull();
      out = out == null ? when(has, lit(n)) : out.when(has, lit(n));
    }
    return out;
  }

  /**
   * Several national categories that map to one code (Moldova's Begging, Surrogate and Engaging in
   * criminal activities are all OTH_PUR) are parts of that code, not its value: summing them is not
   * our call, so each is out of scope, naming its siblings.
   */
  static Dataset<Row> subCategories(Dataset<Row> data) {
    Column labels = concat_ws(" / ", col("_sex_label"), col("_age_label"), col("_form_label"));
    Column siblings =
        array_sort(
            collect_set(when(Verdicts.passed(), labels))
                .over(
                    Window.partitionBy(
                        col(RawRecords.SOURCE_FILE),
                        col("_period"),
                        col("_series"),
                        col("_sex"),
                        col("_age"),
                        col("_form"))));
    Dataset<Row> withSiblings = data.withColumn("_siblings", siblings);
    Column verdict =
        Verdicts.keepElse(
            size(col("_siblings")).gt(1),
            Verdicts.outcome(
                ReasonCode.OUT_OF_SCOPE,
                "",
                concat(
                    lit("national categories "),
                    array_join(col("_siblings"), ", "),
                    lit(" all map to the same code; each is only a part of it"))));
    return withSiblings.withColumn(Rule.VERDICT, verdict).drop("_siblings");
  }
}
