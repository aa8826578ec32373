package org.tipevidence.common.catalogue;

import java.util.Objects;

/**
 * One series (SDMX {@code SERIES} code) of an SDG indicator.
 *
 * @param code series code, e.g. {@code VC_HTF_DETV}; complementary series start with {@code PRG_}
 * @param indicatorCode the indicator this series belongs to, e.g. {@code 16.2.2}
 * @param description series description
 * @param unit SDMX unit code, see {@link SdmxUnit}
 * @param personCount whether the series counts persons (victims, offenders, detainees, deaths):
 *     small-cell disclosure control applies
 * @param crimeDomain which crime types may be mapped to the series
 * @param valueScale non-null when values are yes/no or a score although the unit is NUMBER
 * @param note provenance or caveat, may be null
 */
public record SdgSeries(
    String code,
    String indicatorCode,
    String description,
    String unit,
    boolean personCount,
    CrimeDomain crimeDomain,
    ValueScale valueScale,
    String note) {

  /** Prefix of complementary (non-official, programme-level) series codes. */
  public static final String COMPLEMENTARY_PREFIX = "PRG_";

  public SdgSeries {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(crimeDomain, "crimeDomain");
  }

  /** True for {@code PRG_} series of complementary indicators. */
  public boolean complementary() {
    return code.startsWith(COMPLEMENTARY_PREFIX);
  }

  /** True when the values are plain counts (unit NUMBER without a binary/score value scale). */
  public boolean isCount() {
    return SdmxUnit.NUMBER.equals(unit) && valueScale == null;
  }
}
