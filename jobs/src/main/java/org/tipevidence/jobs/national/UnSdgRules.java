package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.tipevidence.common.validation.ReasonCode;

/** The row checks of {@link UnSdgAdapter}, in the order a row is judged (first broken wins). */
final class UnSdgRules {
  /** Unit codes the database and the catalogue spell differently for one unit. */
  private static final List<String> PER_100000 =
      List.of("PER_100000_POP", "RATIO_COUNT_PER_100000_COUNT_POP");

  private UnSdgRules() {}

  static List<Check> checks() {
    Column unitMatches =
        col("_ddf_unit")
            .equalTo(col("c_sdmx_unit"))
            .or(
                col("_ddf_unit")
                    .isin(PER_100000.toArray())
                    .and(col("c_sdmx_unit").isin(PER_100000.toArray())));
    List<Check> out = new ArrayList<>();
    out.add(SharedChecks.malformed());
    out.addAll(
        new SharedChecks.AreaKeyed(
                "value",
                concat(lit("no "), lower(col("_series")), lit(" value")),
                "",
                "geo_area",
                "not an M49 numeric code",
                "only its total is kept",
                "sex",
                "age")
            .checks());
    out.addAll(
        List.of(
            Check.rule(
                ReasonCode.INVALID_PERIOD,
                "year",
                col("_year").isNull(),
                SharedChecks.quoted("year", col("_period"))),
            Check.rule(
                ReasonCode.INVALID_VALUE,
                "units",
                unitMatches.equalTo(false),
                concat(
                    lit("units '"),
                    col("_ddf_unit"),
                    lit("' differ from the catalogue's "),
                    col("c_sdmx_unit"),
                    lit(" for "),
                    col("_series"))),
            SharedChecks.unparseable("value", col("_value").isNull()),
            SharedChecks.negativeCount("value")));
    return out;
  }
}
