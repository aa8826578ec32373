package org.tipevidence.common.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Dhis2PeriodTest {
  @Test
  void yearsAndCalendarQuartersBecomeProjectPeriods() {
    assertEquals("2021", Dhis2Period.translate("2021").period());
    assertEquals("2021-Q3", Dhis2Period.translate("2021Q3").period());
    assertNull(Dhis2Period.translate("2021Q3").problem());
  }

  @Test
  void finerPeriodsAreRefusedNotSummed() {
    for (String p : new String[] {"202107", "20210705", "2021W05", "2021BiW1", "202101B"}) {
      Dhis2Period.Result r = Dhis2Period.translate(p);
      assertNull(r.period(), p);
      assertTrue(r.problem().contains("finer than a quarter"), p + ": " + r.problem());
      assertTrue(r.problem().contains("quarterly (2021Q3)"), r.problem());
    }
    assertTrue(Dhis2Period.translate("202107").problem().contains("monthly"));
  }

  @Test
  void financialYearsAndHalfYearsDoNotLineUpWithCalendarPeriods() {
    for (String p : new String[] {"2021July", "2021April", "2021Oct", "2021S1", "2021AprilS2"}) {
      Dhis2Period.Result r = Dhis2Period.translate(p);
      assertTrue(r.problem().contains("does not line up"), p + ": " + r.problem());
    }
    assertTrue(Dhis2Period.translate("2021July").problem().contains("financial year"));
  }

  @Test
  void textThatIsNoDhis2PeriodIsPassedOnForTheUsualRule() {
    Dhis2Period.Result r = Dhis2Period.translate("2021Q5");
    assertEquals("2021Q5", r.period());
    assertNull(r.problem());
    assertEquals("202113", Dhis2Period.translate("202113").period());
  }
}
