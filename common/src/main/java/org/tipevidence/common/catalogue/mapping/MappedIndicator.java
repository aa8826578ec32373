package org.tipevidence.common.catalogue.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tipevidence.common.catalogue.CrimeType;
import org.tipevidence.common.codes.Direction;

/**
 * One entry of the indicator mapping: a programme's local indicator and the SDG series it feeds.
 *
 * @param localCode the programme's indicator code, unique in the mapping
 * @param name human-readable name
 * @param sdgIndicator catalogue indicator code, e.g. {@code 16.2.2} or {@code 16.3.C1}
 * @param seriesCode catalogue series code under that indicator
 * @param unit unit of the reported values
 * @param direction desired direction for this local indicator (belongs to the mapping)
 * @param aggregation how values are combined
 * @param crimeType TIP or SOM
 * @param scaling transformation before comparison with the series
 * @param personCount whether values count persons (catalogue default unless overridden)
 * @param personCountOverridden true when the mapping file set {@code person_count} explicitly
 * @param progress optional per-indicator progress settings (natural limit, thresholds, base year)
 */
public record MappedIndicator(
    String localCode,
    String name,
    String sdgIndicator,
    String seriesCode,
    MappingUnit unit,
    Direction direction,
    Aggregation aggregation,
    CrimeType crimeType,
    Scaling scaling,
    boolean personCount,
    boolean personCountOverridden,
    MappedProgress progress) {

  public MappedIndicator {
    Objects.requireNonNull(localCode, "localCode");
    Objects.requireNonNull(sdgIndicator, "sdgIndicator");
    Objects.requireNonNull(seriesCode, "seriesCode");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(crimeType, "crimeType");
    Objects.requireNonNull(scaling, "scaling");
    progress = progress == null ? MappedProgress.NONE : progress;
  }

  /**
   * The series and the coded fields as the mapping file spells them, keyed by JSON field: {@code
   * series_code}, {@code unit}, {@code direction}, {@code aggregation}, {@code crime_type}, {@code
   * scaling} (in that order).
   */
  public Map<String, String> codes() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("series_code", seriesCode);
    c.put("unit", unit.name());
    c.put("direction", direction.json());
    c.put("aggregation", aggregation.json());
    c.put("crime_type", crimeType.name());
    c.put("scaling", scaling.json());
    return c;
  }
}
