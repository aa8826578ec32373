package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tipevidence.common.progress.OpenSdgMethodTest.lowerIsBetter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tipevidence.common.codes.Direction;
import org.tipevidence.common.progress.OpenSdgAggregation.IndicatorProgress;

class OpenSdgAggregationTest {

  private static final ProgressMethod OPEN_SDG = new OpenSdgMethod();

  @ParameterizedTest(name = "score {0}: {1}")
  @CsvSource({
    "5.0, ON_TRACK",
    "2.5, ON_TRACK",
    "2.4999, MODERATE_PROGRESS",
    "0.0, MODERATE_PROGRESS",
    "-0.0001, LIMITED_PROGRESS",
    "-2.5, LIMITED_PROGRESS",
    "-2.5001, DETERIORATION",
    "-5.0, DETERIORATION",
  })
  void statusForScoreEdges(double score, ProgressStatus s) {
    assertEquals(s, OpenSdgAggregation.statusForScore(score));
  }

  @Test
  void meanOfSeriesScores() {
    // 2.6182 and -0.5760 (§7.1) -> mean 1.0211 -> moderate
    IndicatorProgress p =
        OpenSdgAggregation.aggregate(
            List.of(OPEN_SDG.assess(lowerIsBetter(16)), OPEN_SDG.assess(lowerIsBetter(18))));
    assertEquals(ProgressStatus.MODERATE_PROGRESS, p.status());
    assertEquals((2.6182 + -0.5760) / 2, p.meanScore(), 5e-5);
    assertEquals(2, p.scoredSeries());
  }

  @Test
  void targetAchievedOnlyIfEverySeriesAchieved() {
    ProgressAssessment achieved = OPEN_SDG.assess(lowerIsBetter(9.5));
    IndicatorProgress all = OpenSdgAggregation.aggregate(List.of(achieved, achieved));
    assertEquals(ProgressStatus.TARGET_ACHIEVED, all.status());
    assertEquals(5.0, all.meanScore());

    // (5 + 2.6182) / 2 = 3.81 -> on track, not achieved
    IndicatorProgress mixed =
        OpenSdgAggregation.aggregate(List.of(achieved, OPEN_SDG.assess(lowerIsBetter(16))));
    assertEquals(ProgressStatus.ON_TRACK, mixed.status());
    assertEquals(3.8091, mixed.meanScore(), 5e-5);
  }

  @Test
  void unscoredSeriesAreLeftOut() {
    ProgressAssessment single =
        OPEN_SDG.assess(ProgressInput.of(2015, 20, 2015, 20, 1, 10.0, Direction.DECREASE));
    ProgressAssessment achieved = OPEN_SDG.assess(lowerIsBetter(9.5));
    IndicatorProgress p = OpenSdgAggregation.aggregate(List.of(single, achieved));
    assertEquals(ProgressStatus.TARGET_ACHIEVED, p.status());
    assertEquals(1, p.scoredSeries());
  }

  @Test
  void nothingScored() {
    ProgressAssessment single =
        OPEN_SDG.assess(ProgressInput.of(2015, 20, 2015, 20, 1, 10.0, Direction.DECREASE));
    ProgressAssessment opposite =
        OPEN_SDG.assess(ProgressInput.of(2015, 5, 2020, -2, 6, null, Direction.DECREASE));
    IndicatorProgress none = OpenSdgAggregation.aggregate(List.of());
    assertEquals(ProgressStatus.INSUFFICIENT_DATA, none.status());
    assertNull(none.meanScore());
    assertEquals(
        ProgressStatus.INSUFFICIENT_DATA,
        OpenSdgAggregation.aggregate(List.of(single, single)).status());
    assertEquals(
        ProgressStatus.NOT_ASSESSABLE,
        OpenSdgAggregation.aggregate(List.of(single, opposite)).status());
  }
}
