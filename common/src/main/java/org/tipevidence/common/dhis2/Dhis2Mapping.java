package org.tipevidence.common.dhis2;

import java.io.Serializable;
import java.util.Map;

/**
 * A checked {@code dhis2-map.json}: how DHIS2 identifiers become submission fields. Keys are
 * matched exactly as the export writes them (UIDs, codes or names, per the export's id scheme).
 *
 * @param version the file's {@code mapping_version}
 * @param dataElements dataElement → local indicator code of indicator-map.json
 * @param categoryOptionCombos categoryOptionCombo → sex / age group / form of exploitation codes
 * @param orgUnits orgUnit → programme and country
 */
public record Dhis2Mapping(
    String version,
    Map<String, String> dataElements,
    Map<String, Disaggregation> categoryOptionCombos,
    Map<String, OrgUnit> orgUnits)
    implements Serializable {

  public Dhis2Mapping {
    dataElements = Map.copyOf(dataElements);
    categoryOptionCombos = Map.copyOf(categoryOptionCombos);
    orgUnits = Map.copyOf(orgUnits);
  }

  /** Normalised disaggregation codes ({@code _T} for a dimension the combo does not split). */
  public record Disaggregation(String sex, String ageGroup, String exploitationForm)
      implements Serializable {
    public static final Disaggregation TOTAL = new Disaggregation("_T", "_T", "_T");
  }

  /** Where an orgUnit's values belong. */
  public record OrgUnit(String programmeId, String countryIso3) implements Serializable {}
}
