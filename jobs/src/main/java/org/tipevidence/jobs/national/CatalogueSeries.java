package org.tipevidence.jobs.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.SdgSeries;
import org.tipevidence.common.catalogue.UnitLabels;
import org.tipevidence.common.codes.ExploitationForm;

/**
 * The catalogue's series as a small broadcastable table ({@code c_*} columns): what every national
 * observation takes from the catalogue (indicator, target, unit, person count, crime type from the
 * series' crime domain, direction from the indicator's progress target).
 */
public final class CatalogueSeries {
  public static final StructType SCHEMA =
      new StructType()
          .add("c_series_code", DataTypes.StringType, false)
          .add("c_sdg_indicator", DataTypes.StringType, false)
          .add("c_sdg_target", DataTypes.StringType, false)
          .add("c_sdmx_unit", DataTypes.StringType, false)
          .add("c_unit", DataTypes.StringType, false)
          .add("c_person_count", DataTypes.BooleanType, false)
          .add("c_crime_type", DataTypes.StringType, false)
          .add("c_direction", DataTypes.StringType, true)
          .add("c_aggregation", DataTypes.StringType, false);

  private CatalogueSeries() {}

  public static Dataset<Row> table(SparkSession spark, SdgCatalogue catalogue) {
    List<Row> rows = new ArrayList<>();
    for (SdgSeries s : catalogue.series()) {
      SdgIndicator indicator = catalogue.indicatorOf(s.code()).orElseThrow();
      String unit = unitName(s);
      rows.add(
          RowFactory.create(
              s.code(),
              indicator.code(),
              indicator.targetCode(),
              s.unit(),
              unit,
              s.personCount(),
              s.crimeDomain().name(),
              indicator.target().map(t -> t.direction().json()).orElse(null),
              aggregation(unit)));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * The unit in the vocabulary submissions use (indicator-map units): NUMBER, PERCENT,
   * PER_100000_POP, CURRENCY_USD, SCORE, BINARY; other SDMX units (MO_EARN, PER_100000_EMP) as is.
   */
  static String unitName(SdgSeries s) {
    return UnitLabels.ofSeries(s);
  }

  /** How values combine across countries: counts add up, relative measures do not. */
  static String aggregation(String unit) {
    return switch (unit) {
      case "NUMBER", "CURRENCY_USD" -> "sum";
      case "PERCENT", "PER_100000_POP" -> "population_weighted_mean";
      default -> "latest";
    };
  }

  /**
   * For sources that give an indicator and a unit but no series code (Open SDG): key {@code
   * indicator|unit|form} → series code. Where every candidate series of an indicator in that unit
   * encodes a form of exploitation (16.2.2's VC_HTF_DETV*), the key carries the form code; where
   * exactly one series has that unit the form is {@code *}; where several series share the unit and
   * the form does not decide (5.2.1's four PT series), there is no key and the rows are out of
   * scope.
   */
  public static Map<String, String> seriesByIndicatorUnitForm(SdgCatalogue catalogue) {
    Map<String, String> out = new TreeMap<>();
    for (SdgIndicator indicator : catalogue.indicators()) {
      Map<String, List<SdgSeries>> byUnit = new LinkedHashMap<>();
      for (SdgSeries s : indicator.series()) {
        byUnit.computeIfAbsent(unitName(s), u -> new ArrayList<>()).add(s);
      }
      byUnit.forEach(
          (unit, candidates) -> {
            boolean allForms =
                candidates.stream()
                    .allMatch(s -> ExploitationForm.fromSeries(s.code()).isPresent());
            if (allForms) {
              for (SdgSeries s : candidates) {
                String form = ExploitationForm.fromSeries(s.code()).orElseThrow().code();
                out.put(indicator.code() + "|" + unit + "|" + form, s.code());
              }
            } else if (candidates.size() == 1) {
              out.put(indicator.code() + "|" + unit + "|*", candidates.get(0).code());
            }
          });
    }
    return out;
  }
}
