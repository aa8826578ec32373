package org.tipevidence.jobs.progress;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Tiny named observation fixtures in the canonical shape (all 29 columns of {@code
 * SubmissionObservations}), so the stage is tested on exactly what national adapters will send.
 */
final class ObservationFixture {
  static final StructType SCHEMA =
      new StructType()
          .add("scope_type", DataTypes.StringType)
          .add("programme_id", DataTypes.StringType)
          .add("country_iso3", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("quarter", DataTypes.IntegerType)
          .add("period", DataTypes.StringType)
          .add("period_start", DataTypes.DateType)
          .add("period_end", DataTypes.DateType)
          .add("indicator_code", DataTypes.StringType)
          .add("sdg_target", DataTypes.StringType)
          .add("sdg_indicator", DataTypes.StringType)
          .add("series_code", DataTypes.StringType)
          .add("crime_type", DataTypes.StringType)
          .add("sex", DataTypes.StringType)
          .add("age_group", DataTypes.StringType)
          .add("exploitation_form", DataTypes.StringType)
          .add("value", DataTypes.DoubleType)
          .add("unit", DataTypes.StringType)
          .add("raw_value", DataTypes.DoubleType)
          .add("censored", DataTypes.BooleanType)
          .add("value_upper_bound", DataTypes.DoubleType)
          .add("person_count", DataTypes.BooleanType)
          .add("direction", DataTypes.StringType)
          .add("aggregation", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("reported_at", DataTypes.TimestampType)
          .add("submitted_by", DataTypes.StringType)
          .add("source_file", DataTypes.StringType)
          .add("source_line", DataTypes.LongType);

  private final List<Row> rows = new ArrayList<>();

  /** A series under construction; every {@link #at} adds one observation. */
  final class Series {
    String scopeType = "programme";
    String programme;
    String country;
    String indicatorCode = "VICTIMS_PUNISHED";
    String sdgTarget = "16.3";
    String sdgIndicator = "16.3.C1";
    String seriesCode = "PRG_VIC_PUNISHED";
    String crimeType = "TIP";
    String sex = "_T";
    String age = "_T";
    String form = "_T";
    String unit = "NUMBER";
    String direction = "decrease";
    String aggregation = "sum";
    String source = "submission";
    boolean personCount = true;

    Series indicator(String code, String target, String indicator, String series) {
      indicatorCode = code;
      sdgTarget = target;
      sdgIndicator = indicator;
      seriesCode = series;
      return this;
    }

    Series crime(String c) {
      crimeType = c;
      return this;
    }

    Series direction(String d) {
      direction = d;
      return this;
    }

    Series sex(String s) {
      sex = s;
      return this;
    }

    Series percent() {
      unit = "PERCENT";
      aggregation = "population_weighted_mean";
      personCount = false;
      return this;
    }

    Series country(String c) {
      country = c;
      return this;
    }

    Series at(int year, double value) {
      return add(year, null, value, false);
    }

    Series atQuarter(int year, int quarter, double value) {
      return add(year, quarter, value, false);
    }

    /** A GLOTIP-style "<5": no value, censored, upper bound 4. */
    Series censoredAt(int year) {
      return add(year, null, null, true);
    }

    private Series add(int year, Integer quarter, Double value, boolean censored) {
      LocalDate start = LocalDate.of(year, quarter == null ? 1 : quarter * 3 - 2, 1);
      LocalDate end =
          quarter == null ? LocalDate.of(year, 12, 31) : start.plusMonths(3).minusDays(1);
      rows.add(
          RowFactory.create(
              scopeType,
              programme,
              country,
              year,
              quarter,
              quarter == null ? "" + year : year + "-Q" + quarter,
              Date.valueOf(start),
              Date.valueOf(end),
              indicatorCode,
              sdgTarget,
              sdgIndicator,
              seriesCode,
              crimeType,
              sex,
              age,
              form,
              value,
              unit,
              value,
              censored,
              censored ? 4.0 : null,
              personCount,
              direction,
              aggregation,
              source,
              Timestamp.valueOf(end.plusMonths(2).atStartOfDay()),
              "fixture",
              "fixture.csv",
              (long) rows.size() + 2));
      return this;
    }
  }

  /** A programme series in one country. */
  Series programme(String programmeId, String country) {
    Series s = new Series();
    s.programme = programmeId;
    s.country = country;
    return s;
  }

  /** A national series (scope_type country, programme_id null), as the national adapters send. */
  Series national(String country, String source) {
    Series s = new Series();
    s.scopeType = "country";
    s.country = country;
    s.source = source;
    return s;
  }

  Dataset<Row> toDataset(SparkSession spark) {
    return spark.createDataFrame(rows, SCHEMA);
  }
}
