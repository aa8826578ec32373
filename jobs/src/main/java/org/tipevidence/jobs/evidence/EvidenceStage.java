package org.tipevidence.jobs.evidence;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.common.evidence.EffectMeasure;
import org.tipevidence.common.evidence.EffectReason;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.ingest.RecordReader;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.stage.Stage;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.Rule;

/**
 * Evidence synthesis from evaluations.csv: row rules, one effect size per study outcome, pooled
 * cells and the gap map. See docs/evidence.md for the columns.
 */
public final class EvidenceStage implements Stage<List<InputFile>, EvidenceOutputs> {
  static final String STAGE = "evidence";

  private final SparkSession spark;
  private final EvidenceSettings settings;

  public EvidenceStage(SparkSession spark, EvidenceSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "evidence";
  }

  /**
   * @param files evaluations.csv, or none when the input has no evaluations
   */
  @Override
  public EvidenceOutputs apply(List<InputFile> files) {
    Dataset<Row> raw = RecordReader.readOnDriver(spark, files, EvaluationColumns.ALL);
    Dataset<Row> compact = EvaluationValidation.apply(raw).select(compactColumns());
    // Persisted: effects, quarantine and data quality all read the checked rows.
    Dataset<Row> checked =
        withoutDuplicates(
                compact.map(
                    new EffectSizeMapper(settings),
                    Encoders.row(EffectSizeMapper.outputSchema(compact.schema()))))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> effects = effects(Quarantine.accepted(checked));
    // Not persisted: a run builds the gap map from the stored synthesis (WriteEvidence).
    Dataset<Row> synthesis = EvidenceSynthesis.pool(effects, settings);
    CheckedInput input =
        // Effect-size reasons come from common's EffectReason, not ReasonCode: counted in columns
        // of their own that only this kind has.
        DataQuality.input(
                null,
                Quarantine.rejected(checked, STAGE, null),
                checked,
                files,
                Stream.of(EffectReason.values()).map(EffectReason::code).toList())
            .labelled("evaluations", "evidence_effects");
    return new EvidenceOutputs(input, effects, synthesis);
  }

  private static Column[] compactColumns() {
    List<String> names = new ArrayList<>();
    names.addAll(List.of(RawRecords.SOURCE_FILE, RawRecords.SOURCE_LINE, RawRecords.RECORD));
    names.addAll(
        List.of(
            "e_study_id",
            "e_programme_id",
            "e_intervention",
            "e_pillar",
            "e_outcome",
            "e_design",
            "e_risk_of_bias",
            "e_year",
            "e_country",
            "e_crime_type",
            "e_effect_measure",
            EvaluationValidation.DATA_TYPE));
    Stream.concat(EvaluationColumns.WHOLE_NUMBERS.stream(), EvaluationColumns.DECIMALS.stream())
        .forEach(c -> names.add(c + EvaluationColumns.NUM));
    names.add(Rule.VERDICT);
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  /**
   * One effect per study outcome: a second valid row with the same study, intervention and outcome
   * would count the same participants twice when pooled, so it goes to quarantine. Evaluations are
   * read on the driver (tens of studies), so they sit in one partition and the window over them
   * needs no shuffle, nor do the pools and gap map counts built on them.
   */
  static Dataset<Row> withoutDuplicates(Dataset<Row> checked) {
    Column passed = col(Rule.VERDICT).isNull();
    Column position = struct(col(RawRecords.SOURCE_FILE), col(RawRecords.SOURCE_LINE));
    Column first =
        min(when(passed, position))
            .over(Window.partitionBy(col("e_study_id"), col("e_intervention"), col("e_outcome")));
    Column duplicate =
        struct(
            lit(ReasonCode.DUPLICATE_ROW.code()).as(Rule.REASON_CODE),
            lit(EvaluationColumns.STUDY_ID).as(Rule.COLUMN),
            concat(
                    lit("study outcome already reported: "),
                    col("e_study_id"),
                    lit(" x "),
                    col("e_intervention"),
                    lit(" x "),
                    col("e_outcome"),
                    lit(" is on line "),
                    col("_first." + RawRecords.SOURCE_LINE).cast("string"),
                    lit(" of "),
                    col("_first." + RawRecords.SOURCE_FILE),
                    lit(" (keep one row per study outcome: drop or merge the duplicate)"))
                .as(Rule.REASON));
    return checked
        .coalesce(1)
        .withColumn("_first", first)
        .withColumn(
            Rule.VERDICT,
            when(passed.and(position.notEqual(col("_first"))), duplicate)
                .otherwise(col(Rule.VERDICT)))
        .drop("_first");
  }

  /** The published evidence_effects columns. */
  static Dataset<Row> effects(Dataset<Row> accepted) {
    Column ratio = col(EffectSizeMapper.MEASURE).isin(ratioCodes());
    return accepted.select(
        col("e_study_id").as("study_id"),
        col("e_programme_id").as("programme_id"),
        col("e_intervention").as("intervention"),
        col("e_pillar").as("pillar"),
        col("e_outcome").as("outcome"),
        col("e_design").as("design"),
        col("e_risk_of_bias").as("risk_of_bias"),
        col("e_year").as("year"),
        col("e_country").as("country_iso3"),
        col("e_crime_type").as("crime_type"),
        col(EffectSizeMapper.MEASURE),
        col(EvaluationValidation.DATA_TYPE).as("data_type"),
        col(EffectSizeMapper.YI),
        col(EffectSizeMapper.VI),
        col(EffectSizeMapper.SE),
        col(EffectSizeMapper.CI_LOW),
        col(EffectSizeMapper.CI_HIGH),
        natural(ratio, EffectSizeMapper.YI).as("effect_natural"),
        natural(ratio, EffectSizeMapper.CI_LOW).as("ci_low_natural"),
        natural(ratio, EffectSizeMapper.CI_HIGH).as("ci_high_natural"),
        col(EffectSizeMapper.ZERO_CELL_CORRECTED),
        col(EffectSizeMapper.DIRECTION),
        col(EffectSizeMapper.POOLING_EXCLUSION),
        col(RawRecords.SOURCE_FILE),
        col(RawRecords.SOURCE_LINE));
  }

  private static Column natural(Column ratio, String column) {
    return when(ratio, exp(col(column))).otherwise(col(column));
  }

  private static Object[] ratioCodes() {
    return Stream.of(EffectMeasure.values())
        .filter(EffectMeasure::isRatio)
        .map(EffectMeasure::code)
        .toArray();
  }
}
