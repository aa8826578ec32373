package org.tipevidence.common.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SDG indicator (official, e.g. {@code 16.2.2}) or a complementary programme-level indicator
 * ({@code official == false}, e.g. {@code 16.3.C1}).
 *
 * @param code indicator code
 * @param targetCode code of the SDG target it belongs to, e.g. {@code 16.2}
 * @param text official text (or the project's definition for complementary indicators)
 * @param official false for complementary indicators that the global framework does not contain
 * @param progressTarget the framework's target; null when there is none
 * @param nonStatistical true when Open SDG marks the indicator "Non-statistical"
 * @param note why a complementary indicator exists, or caveats; may be null
 * @param series the indicator's series, in catalogue order
 */
public record SdgIndicator(
    String code,
    String targetCode,
    String text,
    boolean official,
    ProgressTarget progressTarget,
    boolean nonStatistical,
    String note,
    List<SdgSeries> series) {

  public SdgIndicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(targetCode, "targetCode");
    series = List.copyOf(series);
  }

  /** The framework's progress target, if it gives one. */
  public Optional<ProgressTarget> target() {
    return Optional.ofNullable(progressTarget);
  }

  /** The series with this code under this indicator. */
  public Optional<SdgSeries> series(String seriesCode) {
    return series.stream().filter(s -> s.code().equals(seriesCode)).findFirst();
  }

  public List<String> seriesCodes() {
    return series.stream().map(SdgSeries::code).toList();
  }
}
