package org.tipevidence.common.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeListsTest {

  @ParameterizedTest(name = "sex ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "F|F",
        "f|F",
        "Female|F",
        "FEMALE|F",
        "female|F",
        " Female |F",
        "Women|F",
        "M|M",
        "m|M",
        "Male|M",
        "MALE|M",
        "male|M",
        "Men|M",
        "_T|_T",
        "Total|_T",
        "BOTHSEX|_T",
        "bothsex|_T",
        "Both sexes|_T",
        "''|_T",
        "'   '|_T",
        "_U|_U",
        "u|_U",
        "Unknown|_U",
        "_O|_O",
        "o|_O",
        "Other|_O"
      })
  void sexLabels(String raw, String code) {
    assertEquals(Optional.of(code), Sex.normalise(raw).map(Sex::code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "notspec", "femal", "girls", "FM"})
  void unknownSexLabels(String raw) {
    assertEquals(Optional.empty(), Sex.normalise(raw));
  }

  @Test
  void nullSexIsTotal() {
    assertEquals(Optional.of(Sex.TOTAL), Sex.normalise(null));
    assertEquals(Optional.of(Sex.FEMALE), Sex.fromCode("F"));
    assertEquals(Optional.empty(), Sex.fromCode("f"));
  }

  @ParameterizedTest(name = "age ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Y0T17|Y0T17",
        "y0t17|Y0T17",
        "0 to 17 years|Y0T17",
        "<18Y|Y0T17",
        "lt18y|Y0T17",
        "Under 18|Y0T17",
        "under 18 years|Y0T17",
        "0-17|Y0T17",
        "0 - 17|Y0T17",
        "Children|Y0T17",
        "Minor|Y0T17",
        "Y_GE18|Y_GE18",
        "18 years or over|Y_GE18",
        "18+|Y_GE18",
        "18|Y_GE18",
        "18 and over|Y_GE18",
        "Adults|Y_GE18",
        "Adult|Y_GE18",
        "_T|_T",
        "Total|_T",
        "ALLAGE|_T",
        "allage|_T",
        "''|_T",
        "5-17|Y5T17",
        "5_17|Y5T17",
        "5 to 17 years|Y5T17",
        "Y5T17|Y5T17",
        "5_14|Y5T14",
        "6_17|Y6T17",
        "7_17|Y7T17",
        "10_17|Y10T17",
        "5-11|Y5T11",
        "12-14|Y12T14",
        "15-17|Y15T17",
        "15 to 17|Y15T17",
        "15+|Y_GE15",
        "15-49|Y15T49",
        "20-24|Y20T24",
        "18_29|Y18T29",
        "18-29 years|Y18T29",
        "<5Y|Y0T4",
        "lt15y|Y0T14",
        "0 to 14|Y0T14",
        "1_14|Y1T14",
        "2-14|Y2T14",
        "1-4|Y1T4",
        "15-19|Y15T19",
        "Unknown|_U",
        "u|_U",
        "Age not known|_U"
      })
  void ageLabels(String raw, String code) {
    assertEquals(Optional.of(code), AgeGroup.normalise(raw).map(AgeGroup::code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"25 to 34", "75 and over", "18 to 24", "55+", "abc", "lt1m", "M12T23"})
  void agesOutsideTheListAreUnknown(String raw) {
    assertEquals(Optional.empty(), AgeGroup.normalise(raw));
  }

  @ParameterizedTest(name = "form ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SEX_EXPL|SEX_EXPL",
        "Sexual exploitation|SEX_EXPL",
        "SEXUAL EXPLOITATION|SEX_EXPL",
        "Sexual|SEX_EXPL",
        "DETVSX|SEX_EXPL",
        "VC_HTF_DETVSX|SEX_EXPL",
        "VC_HTF_DETVSXR|SEX_EXPL",
        "FRC_LAB|FRC_LAB",
        "Forced labour|FRC_LAB",
        "Forced labor|FRC_LAB",
        "DETVFL|FRC_LAB",
        "Work|FRC_LAB",
        "Forced labour, servitude and slavery|FRC_LAB",
        "ORG_REM|ORG_REM",
        "Removal of organs|ORG_REM",
        "DETVOG|ORG_REM",
        "'Sampling of human organs, tissues or cells'|ORG_REM",
        "OTH_PUR|OTH_PUR",
        "Other forms of exploitation|OTH_PUR",
        "Other purposes|OTH_PUR",
        "DETVOP|OTH_PUR",
        "Begging|OTH_PUR",
        "_T|_T",
        "Total|_T",
        "''|_T",
        "DETV|_T",
        "VC_HTF_DETV|_T"
      })
  void exploitationLabels(String raw, String code) {
    assertEquals(Optional.of(code), ExploitationForm.normalise(raw).map(ExploitationForm::code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mixt", "Mixed", "DETVXX", "VC_HTF_DETVSXX", "exploitation"})
  void unknownExploitationLabels(String raw) {
    assertEquals(Optional.empty(), ExploitationForm.normalise(raw));
  }

  @Test
  void exploitationSeries() {
    assertEquals("VC_HTF_DETVFL", ExploitationForm.FORCED_LABOUR.countSeries());
    assertEquals("VC_HTF_DETVOGR", ExploitationForm.ORGAN_REMOVAL.rateSeries());
    assertEquals("VC_HTF_DETV", ExploitationForm.TOTAL.countSeries());
    assertEquals(Optional.of(ExploitationForm.TOTAL), ExploitationForm.fromSeries("VC_HTF_DETVR"));
    assertEquals(Optional.empty(), ExploitationForm.fromSeries("SL_TLF_CHLDEA"));
  }

  @Test
  void countryCodes() {
    for (String c : new String[] {"GBR", "MDA", "JAM", "NGA", "XKX", "ARG"}) {
      assertTrue(CountryCodes.isCountry(c), c);
      assertEquals(CountryCodes.Kind.COUNTRY, CountryCodes.classify(c));
    }
    for (String c : new String[] {"UK", "gbr", "XXX", "", "ABCD", "Aruba/Curacao"}) {
      assertFalse(CountryCodes.isCountry(c), c);
    }
    assertFalse(CountryCodes.isCountry(null));
    assertEquals(Optional.of("GBR"), CountryCodes.normaliseCountry(" gbr "));
    assertEquals(Optional.empty(), CountryCodes.normaliseCountry("SAM"));
    for (String a : new String[] {"SAM", "SAF", "CAR", "CAS", "EEU", "MCA", "MCN", "WLD", "EUU"}) {
      assertEquals(CountryCodes.Kind.AGGREGATE, CountryCodes.classify(a), a);
      assertFalse(CountryCodes.isCountry(a), a);
    }
    assertEquals(CountryCodes.Kind.INVALID, CountryCodes.classify("ZZZ"));
    assertTrue(CountryCodes.countries().size() > 240);
  }
}
