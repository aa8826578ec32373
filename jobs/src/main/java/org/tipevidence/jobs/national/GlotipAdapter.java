package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.common.codes.CountryCodes;
import org.tipevidence.common.codes.ExploitationForm;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.validate.CodeLiterals;
import org.tipevidence.jobs.validate.NumberColumns;
import org.tipevidence.jobs.validate.Rule;

/**
 * UNODC GLOTIP country data export (docs/national-data.md, "GLOTIP"). Detected victims become
 * 16.2.2 VC_HTF_DETV (total) and VC_HTF_DETVSX/FL/OP/OG (by form of exploitation); persons
 * prosecuted and convicted become the complementary PRG_TIP_PROS / PRG_TIP_CONV. {@code <5} is kept
 * as a censored value (null, bounds 1..4), never 0 or 5.
 */
public final class GlotipAdapter {
  public static final String ISO = "Iso3_code";
  public static final String COUNTRY = "Country";
  public static final String REGION = "Region";
  public static final String SUBREGION = "Subregion";
  public static final String INDICATOR = "Indicator";
  public static final String DIMENSION = "Dimension";
  public static final String CATEGORY = "Category";
  public static final String SEX = "Sex";
  public static final String AGE = "Age";
  public static final String YEAR = "Year";
  public static final String UNIT = "Unit of measurement";
  public static final String VALUE = "txtVALUE";
  public static final String SOURCE = "Source";

  /** The export's columns; a row's identity is the first eleven (all but the value and source). */
  public static final List<String> COLUMNS =
      List.of(
          ISO, COUNTRY, REGION, SUBREGION, INDICATOR, DIMENSION, CATEGORY, SEX, AGE, YEAR, UNIT,
          VALUE, SOURCE);

  static final String DETECTED = "Detected trafficking victims";
  static final String PROSECUTED = "Persons prosecuted";
  static final String CONVICTED = "Persons convicted";
  static final String FORMAL_CONTACT = "Persons brought into formal contact";
  static final String OFFENCES = "Offences of trafficking in persons";
  static final String TOTAL = "Total";
  static final String BY_FORM = "by form of exploitation";
  static final String BY_CITIZENSHIP = "by citizenship";
  static final String BY_REPATRIATION = "by country of repatriation";
  static final String CENSORED = "<5";
  static final String REPLACEMENT_CHAR = "\uFFFD";

  private GlotipAdapter() {}

  public static CheckedInput run(
      SparkSession spark, List<InputFile> files, Dataset<Row> catalogue) {
    Dataset<Row> raw =
        RecordReader.read(spark, files, COLUMNS).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> typed =
        typed(raw).join(broadcast(catalogue), col("_series").equalTo(col("c_series_code")), "left");
    Dataset<Row> checked = Verdicts.then(typed, structuralRules());
    List<Column> identity = new ArrayList<>();
    for (String c : COLUMNS.subList(0, 11)) {
      identity.add(col(c));
    }
    checked = DuplicateRows.apply(checked, identity, col(VALUE), VALUE);
    checked = Verdicts.then(checked, contentRules());
    checked =
        ImplausibleValues.apply(
                checked,
                List.of(
                    col("_iso"),
                    col("_indicator"),
                    col("_dimension"),
                    col("_category"),
                    col("_sex"),
                    col("_age")),
                col("_year"),
                col("_value"),
                coalesce(col("_value"), col("_upper")),
                col("_dimension")
                    .equalTo(TOTAL)
                    .and(col("_sex").equalTo("_T"))
                    .and(col("_age").equalTo("_T")),
                List.of(col("_iso"), col("_indicator"), col("_year")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return NationalAdapter.split(checked, files, "glotip");
  }

  static Dataset<Row> typed(Dataset<Row> raw) {
    Column txt = trim(col(VALUE));
    Column thousands = txt.rlike("^[0-9]{1,3}(,[0-9]{3})+$");
    Column number =
        NumberColumns.decimal(when(thousands, regexp_replace(txt, ",", "")).otherwise(txt));
    Column censored = txt.equalTo(CENSORED);
    Column iso = upper(trim(col(ISO)));
    Column isAggregate = iso.isin(CountryCodes.AGGREGATES.keySet().toArray());
    Column dimension = trim(col(DIMENSION));
    Column indicator = trim(col(INDICATOR));
    Column textFlag = lit(false);
    for (String c : COLUMNS) {
      textFlag = textFlag.or(coalesce(col(c).contains(REPLACEMENT_CHAR), lit(false)));
    }
    Column year =
        when(trim(col(YEAR)).rlike("^[0-9]{4}$"), trim(col(YEAR)).try_cast(DataTypes.IntegerType));
    Map<String, Column> codes =
        CodeLiterals.normalised(
            raw,
            Map.of(
                SEX, DisaggregationCodes.SEX,
                AGE, DisaggregationCodes.AGE,
                CATEGORY, DisaggregationCodes.FORM));
    Dataset<Row> withCodes =
        raw.withColumn("_sex", codes.get(SEX))
            .withColumn("_age", codes.get(AGE))
            .withColumn("_form_of_category", codes.get(CATEGORY));
    Column form = when(dimension.equalTo(BY_FORM), col("_form_of_category")).otherwise(lit("_T"));
    return withCodes
        .withColumn("_iso", iso)
        .withColumn("_indicator", indicator)
        .withColumn("_dimension", dimension)
        .withColumn("_category", trim(col(CATEGORY)))
        .withColumn("_form", form)
        .withColumn("_censored", censored)
        .withColumn("_value", when(censored.equalTo(false), number))
        .withColumn("_upper", when(censored, lit(4.0)))
        .withColumn("_lower", when(censored, lit(1.0)))
        .withColumn("_year", year)
        .withColumn("_series", series(indicator, dimension, col("_form")))
        .withColumn("_scope_type", when(isAggregate, lit("region")).otherwise(lit("country")))
        .withColumn("_scope_id", iso)
        .withColumn("_country", when(isAggregate.equalTo(false), iso))
        .withColumn("_period", col("_year").cast("string"))
        .withColumn("_period_start", make_date(col("_year"), lit(1), lit(1)))
        .withColumn("_period_end", make_date(col("_year"), lit(12), lit(31)))
        .withColumn("_indicator_code", indicator)
        .withColumn("_text_flag", textFlag)
        .withColumn("_other_disagg", lit(null).cast(DataTypes.StringType))
        .withColumn("_nature", lit(null).cast(DataTypes.StringType));
  }

  /** Which catalogue series a row feeds, or null when none does. */
  static Column series(Column indicator, Column dimension, Column form) {
    Map<String, String> detectedByForm = new TreeMap<>();
    for (ExploitationForm f : ExploitationForm.values()) {
      detectedByForm.put(f.code(), f.countSeries());
    }
    Column inScopeDimension = dimension.isin(TOTAL, BY_FORM);
    return when(
            indicator.equalTo(DETECTED).and(inScopeDimension),
            CodeLiterals.lookup(form, detectedByForm))
        .when(indicator.equalTo(PROSECUTED).and(inScopeDimension), lit("PRG_TIP_PROS"))
        .when(indicator.equalTo(CONVICTED).and(inScopeDimension), lit("PRG_TIP_CONV"));
  }

  private static Column quoted(String column) {
    return concat(lit(column + " '"), coalesce(col(column), lit("")), lit("'"));
  }

  /** Checks before duplicate detection: the row can be read and has its identifying fields. */
  static List<Rule> structuralRules() {
    List<String> required = List.of(ISO, INDICATOR, DIMENSION, SEX, AGE, YEAR, VALUE);
    Column anyBlank = lit(false);
    Column firstBlank = null;
    for (String c : required) {
      anyBlank = anyBlank.or(Rule.blank(c));
      firstBlank =
          firstBlank == null ? when(Rule.blank(c), lit(c)) : firstBlank.when(Rule.blank(c), lit(c));
    }
    Column categoryNeeded = Rule.blank(CATEGORY).and(trim(col(DIMENSION)).isin(TOTAL, BY_FORM));
    // GLOTIP's own files hold U+FFFD in rows it cannot read as SDG series; its content rule
    // checks only the fields the pipeline reads, after the scope rule, so the reader's
    // record-level encoding check is left to it.
    List<Rule> rules = new java.util.ArrayList<>(Rule.parseErrorsExceptEncoding());
    rules.add(new Rule(ReasonCode.MISSING_REQUIRED_FIELD, "", anyBlank, firstBlank));
    rules.add(new Rule(ReasonCode.MISSING_REQUIRED_FIELD, CATEGORY, categoryNeeded, lit(CATEGORY)));
    return rules;
  }

  /** Checks on rows that are not duplicates, in the order a user should fix them. */
  static List<Rule> contentRules() {
    Column indicator = col("_indicator");
    Column dimension = col("_dimension");
    Column byForm = dimension.equalTo(BY_FORM);
    Column notSdg =
        indicator
            .isin(OFFENCES, FORMAL_CONTACT)
            .or(dimension.isin(BY_CITIZENSHIP, BY_REPATRIATION));
    Column needed = lit(false);
    for (String c : List.of(ISO, INDICATOR, DIMENSION, SEX, AGE, YEAR, UNIT, VALUE)) {
      needed = needed.or(col(c).contains(REPLACEMENT_CHAR));
    }
    needed = needed.or(byForm.and(col(CATEGORY).contains(REPLACEMENT_CHAR)));
    return List.of(
        new Rule(
            ReasonCode.INVALID_COUNTRY_CODE,
            ISO,
            CodeLiterals.isCountry(col("_iso"))
                .equalTo(false)
                .and(col("_scope_type").equalTo("region").equalTo(false)),
            quoted(ISO)),
        new Rule(
            ReasonCode.OUT_OF_SCOPE,
            INDICATOR,
            notSdg,
            concat(
                lit("GLOTIP '"),
                indicator,
                lit("' "),
                dimension,
                lit(
                    " is not an SDG series: offences, persons brought into formal contact and the"
                        + " citizenship / repatriation breakdowns have no catalogue series"))),
        new Rule(
            ReasonCode.INVALID_VALUE,
            INDICATOR,
            indicator.isin(DETECTED, PROSECUTED, CONVICTED).equalTo(false),
            quoted(INDICATOR)),
        new Rule(
            ReasonCode.INVALID_VALUE,
            DIMENSION,
            dimension.isin(TOTAL, BY_FORM).equalTo(false),
            quoted(DIMENSION)),
        new Rule(
            ReasonCode.INVALID_TEXT_ENCODING,
            "",
            needed,
            lit("a field the pipeline reads holds U+FFFD")),
        new Rule(ReasonCode.UNKNOWN_DISAGGREGATION_CODE, SEX, col("_sex").isNull(), quoted(SEX)),
        new Rule(ReasonCode.UNKNOWN_DISAGGREGATION_CODE, AGE, col("_age").isNull(), quoted(AGE)),
        new Rule(
            ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
            CATEGORY,
            byForm.and(col("_form").isNull()),
            quoted(CATEGORY)),
        new Rule(
            ReasonCode.INVALID_VALUE,
            CATEGORY,
            dimension.equalTo(TOTAL).and(col("_category").notEqual(TOTAL)),
            concat(quoted(CATEGORY), lit(" where Dimension is Total"))),
        new Rule(ReasonCode.INVALID_PERIOD, YEAR, col("_year").isNull(), quoted(YEAR)),
        new Rule(
            ReasonCode.INVALID_VALUE,
            UNIT,
            trim(col(UNIT)).notEqual("Counts"),
            concat(quoted(UNIT), lit(", expected Counts"))),
        new Rule(
            ReasonCode.UNPARSEABLE_NUMBER,
            VALUE,
            col("_censored").equalTo(false).and(col("_value").isNull()),
            concat(quoted(VALUE), lit(", expected <5, 123 or 1,234"))),
        new Rule(ReasonCode.NEGATIVE_COUNT, VALUE, col("_value").lt(0), quoted(VALUE)),
        new Rule(
            ReasonCode.OUT_OF_SCOPE,
            INDICATOR,
            col("c_series_code").isNull(),
            concat(lit("no catalogue series for "), indicator, lit(" "), dimension)));
  }
}
