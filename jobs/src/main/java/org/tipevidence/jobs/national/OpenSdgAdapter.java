package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.map_filter;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
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
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.codes.AgeGroup;
import org.tipevidence.common.codes.ExploitationForm;
import org.tipevidence.common.codes.Sex;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.pipeline.CheckedInput;
import org.tipevidence.jobs.validate.CodeLiterals;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.NumberColumns;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.Rule;

/**
 * Open SDG national platform files ({@code opensdg/<country>/data/indicator_X-Y-Z.csv}): {@code
 * Year}, any disaggregation columns, {@code Value}; a blank disaggregation cell means total. Each
 * file's header is its own (see {@link HeaderedRecords}). Sex, age and form of exploitation columns
 * go through common's code lists; a non-blank cell in any other disaggregation column puts the row
 * out of scope (it is a breakdown the canonical observation has no dimension for), so it never
 * mixes into the total series.
 */
public final class OpenSdgAdapter {
  /** Columns that describe the value rather than break it down. */
  static final Set<String> NOT_DISAGGREGATIONS =
      Set.of(
          "Year",
          "Value",
          "Units",
          "Unit measure",
          "Unit multiplier",
          "Observation status",
          "Series",
          "GeoCode",
          "");

  static final List<String> SEX_COLUMNS = List.of("Sex");
  static final List<String> AGE_COLUMNS = List.of("Age", "Age group", "Groups of persons");
  static final List<String> FORM_COLUMNS =
      List.of("Forms of exploitation", "Form of exploitation", "Type of exploitation");

  private OpenSdgAdapter() {}

  public static CheckedInput run(
      SparkSession spark,
      List<InputFile> files,
      NationalFolder folder,
      SdgCatalogue catalogue,
      Dataset<Row> catalogueTable) {
    Map<String, String> countryByFile = new TreeMap<>();
    Map<String, String> indicatorByFile = new TreeMap<>();
    Map<String, String> idByFile = new TreeMap<>();
    Map<String, String> metaUnitByFile = new TreeMap<>();
    for (InputFile f : files) {
      String[] parts = f.label().split("/"); // national/opensdg/<country>/data/<file>
      String country = parts[2];
      String name = parts[4];
      OpenSdgMeta.country(country, folder.smallText("opensdg/" + country + "/country.txt"))
          .ifPresent(iso -> countryByFile.put(f.label(), iso));
      indicatorByFile.put(f.label(), OpenSdgMeta.indicatorOf(name));
      idByFile.put(f.label(), OpenSdgMeta.idOf(name));
      String id = OpenSdgMeta.idOf(name);
      folder
          .smallText("opensdg/" + country + "/meta/" + id + ".yml")
          .or(() -> folder.smallText("opensdg/" + country + "/meta/" + id + ".md"))
          .flatMap(OpenSdgMeta::unitLabel)
          .ifPresent(u -> metaUnitByFile.put(f.label(), u));
    }

    Dataset<Row> raw = HeaderedRecords.read(spark, files).persist(StorageLevel.MEMORY_AND_DISK());
    Column file = col(RawRecords.SOURCE_FILE);
    Column fields = col(HeaderedRecords.FIELDS);
    Set<String> known = new java.util.HashSet<>(NOT_DISAGGREGATIONS);
    known.addAll(SEX_COLUMNS);
    known.addAll(AGE_COLUMNS);
    known.addAll(FORM_COLUMNS);
    Column disaggregations =
        map_filter(
            fields, (k, v) -> k.isin(known.toArray()).equalTo(false).and(trim(v).notEqual("")));
    Dataset<Row> labelled =
        raw.withColumn("_sex_label", firstOf(fields, SEX_COLUMNS))
            .withColumn("_age_label", firstOf(fields, AGE_COLUMNS))
            .withColumn("_form_label", firstOf(fields, FORM_COLUMNS))
            .withColumn(
                "_unit_label",
                coalesce(
                    nonBlank(try_element_at(fields, lit("Units"))),
                    nonBlank(try_element_at(fields, lit("Unit measure"))),
                    CodeLiterals.lookup(file, metaUnitByFile)))
            .withColumn(
                "_other_disagg",
                when(
                    size(disaggregations).gt(0),
                    array_join(
                        array_sort(
                            transform(
                                map_entries(disaggregations),
                                e -> concat(e.getField("key"), lit("="), e.getField("value")))),
                        "; ")));
    Dataset<Row> coded =
        labelled
            .withColumn(
                "_sex",
                CodeLiterals.normalised(
                    labelled, "_sex_label", l -> Sex.normalise(l).map(Sex::code)))
            .withColumn(
                "_age",
                CodeLiterals.normalised(
                    labelled, "_age_label", l -> AgeGroup.normalise(l).map(AgeGroup::code)))
            .withColumn(
                "_form",
                CodeLiterals.normalised(
                    labelled,
                    "_form_label",
                    l -> ExploitationForm.normalise(l).map(ExploitationForm::code)))
            .withColumn(
                "_unit", CodeLiterals.normalised(labelled, "_unit_label", OpenSdgMeta::unit));

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
    Column valueText = trim(coalesce(try_element_at(fields, lit("Value")), lit("")));
    Column country = CodeLiterals.lookup(file, countryByFile);
    Dataset<Row> typed =
        coded
            .withColumn("_indicator", indicator)
            .withColumn("_file_id", CodeLiterals.lookup(file, idByFile))
            .withColumn("_series", series)
            .withColumn("_year_text", yearText)
            .withColumn("_year", year)
            .withColumn("_value_text", valueText)
            .withColumn("_value", NumberColumns.decimal(valueText))
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
            .withColumn("_text_flag", col(RawRecords.RECORD).contains("\uFFFD"))
            .withColumn("_nature", lit(null).cast(DataTypes.StringType))
            .join(broadcast(catalogueTable), col("_series").equalTo(col("c_series_code")), "left");

    Dataset<Row> checked = Verdicts.then(typed, rules(catalogue));
    checked = subCategories(checked);
    checked =
        DuplicateRows.apply(
                checked,
                List.of(
                    file, col("_period"), col("_series"), col("_sex"), col("_age"), col("_form")),
                col("_value"),
                "Value")
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new CheckedInput(
        NationalObservations.conform(Quarantine.accepted(checked), "opensdg"),
        Quarantine.rejected(checked, "national", null),
        DataQuality.perFile(checked));
  }

  private static Column nonBlank(Column c) {
    return when(trim(c).notEqual(""), trim(c));
  }

  /** The first of {@code names} the file has, as text ("" when blank: total). */
  private static Column firstOf(Column fields, List<String> names) {
    List<Column> candidates = new ArrayList<>();
    for (String n : names) {
      candidates.add(nonBlank(try_element_at(fields, lit(n))));
    }
    candidates.add(lit(""));
    return coalesce(candidates.toArray(new Column[0]));
  }

  static List<Rule> rules(SdgCatalogue catalogue) {
    Column parseError = col(RawRecords.PARSE_ERROR);
    List<String> indicators = catalogue.indicators().stream().map(i -> i.code()).toList();
    Column file = col(RawRecords.SOURCE_FILE);
    return List.of(
        new Rule(ReasonCode.MALFORMED_RECORD, "", parseError.isNotNull(), parseError),
        new Rule(
            ReasonCode.INVALID_COUNTRY_CODE,
            "",
            col("_country").isNull(),
            concat(
                lit("no country for the folder of "),
                file,
                lit(
                    "; name the folder uk, moldova or an ISO3 code, or put the ISO3 code in"
                        + " opensdg/<folder>/country.txt"))),
        new Rule(
            ReasonCode.NO_VALUE, "Value", col("_value_text").equalTo(""), lit("Value is blank")),
        new Rule(
            ReasonCode.OUT_OF_SCOPE,
            "",
            col("_indicator").isin(indicators.toArray()).equalTo(false),
            concat(
                lit("national indicator "), col("_file_id"), lit(" is not a catalogue indicator"))),
        new Rule(
            ReasonCode.OUT_OF_SCOPE,
            "",
            col("_other_disagg").isNotNull(),
            concat(
                lit("breakdown by "),
                col("_other_disagg"),
                lit(
                    " has no observation dimension; only totals and sex, age and form of"
                        + " exploitation breakdowns are kept"))),
        new Rule(
            ReasonCode.INVALID_PERIOD,
            "Year",
            col("_year").isNull(),
            concat(lit("Year '"), col("_year_text"), lit("', expected 2021 or 2018/19"))),
        new Rule(
            ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
            "Sex",
            col("_sex").isNull(),
            concat(lit("sex '"), col("_sex_label"), lit("'"))),
        new Rule(
            ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
            "Age",
            col("_age").isNull(),
            concat(lit("age '"), col("_age_label"), lit("'"))),
        new Rule(
            ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
            "Forms of exploitation",
            col("_form").isNull(),
            concat(lit("form of exploitation '"), col("_form_label"), lit("'"))),
        new Rule(
            ReasonCode.INVALID_VALUE,
            "Units",
            col("_unit").isNull(),
            concat(
                lit("unit '"),
                coalesce(col("_unit_label"), lit("")),
                lit("' not recognised; give a Units column or UNIT_MEASURE in the meta file"))),
        new Rule(
            ReasonCode.OUT_OF_SCOPE,
            "",
            col("c_series_code").isNull(),
            concat(
                lit("no single catalogue series for indicator "),
                col("_indicator"),
                lit(" in unit "),
                col("_unit"))),
        new Rule(
            ReasonCode.UNPARSEABLE_NUMBER,
            "Value",
            col("_value").isNull(),
            concat(lit("Value '"), col("_value_text"), lit("'"))),
        new Rule(
            ReasonCode.NEGATIVE_COUNT,
            "Value",
            col("c_unit").equalTo("NUMBER").and(col("_value").lt(0)),
            concat(lit("Value '"), col("_value_text"), lit("'"))));
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
        when(Verdicts.passed().equalTo(false), col(Rule.VERDICT))
            .when(
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
