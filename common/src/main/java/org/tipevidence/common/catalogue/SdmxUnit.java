package org.tipevidence.common.catalogue;

import java.util.Set;

/**
 * The SDMX {@code UNIT_MEASURE} codes the catalogue uses. {@link #PER_100000_POP} and {@link
 * #RATIO_COUNT_PER_100000_COUNT_POP} denote the same unit (UNSD changed the code between releases).
 */
public final class SdmxUnit {
  public static final String NUMBER = "NUMBER";
  public static final String PT = "PT";
  public static final String PER_100000_POP = "PER_100000_POP";
  public static final String RATIO_COUNT_PER_100000_COUNT_POP = "RATIO_COUNT_PER_100000_COUNT_POP";
  public static final String PER_100000_EMP = "PER_100000_EMP";
  public static final String SCORE = "SCORE";
  public static final String INDEX = "INDEX";
  public static final String CU_USD = "CU_USD";
  public static final String MO_EARN = "MO_EARN";
  public static final String BOOL = "BOOL";

  /** Every code accepted in {@code sdg-catalogue.json}. */
  public static final Set<String> KNOWN =
      Set.of(
          NUMBER,
          PT,
          PER_100000_POP,
          RATIO_COUNT_PER_100000_COUNT_POP,
          PER_100000_EMP,
          SCORE,
          INDEX,
          CU_USD,
          MO_EARN,
          BOOL);

  private SdmxUnit() {}

  public static boolean isKnown(String code) {
    return code != null && KNOWN.contains(code);
  }

  /** True for the per-100,000-population rate units. */
  public static boolean isPer100kPopulation(String code) {
    return PER_100000_POP.equals(code) || RATIO_COUNT_PER_100000_COUNT_POP.equals(code);
  }
}
