package org.tipevidence.common.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static final List<Class<? extends Coded>> VOCABULARIES =
      List.of(
          Pillar.class,
          Intervention.class,
          Outcome.class,
          StudyDesign.class,
          RiskOfBias.class,
          EffectMeasure.class,
          EffectReason.class,
          EffectDirection.class,
          BetterDirection.class,
          MetaMethod.class,
          MetaStatus.class);

  @Test
  void codesAreUniqueLowerSnakeCaseWithLabels() {
    for (Class<? extends Coded> type : VOCABULARIES) {
      Coded[] values = type.getEnumConstants();
      List<String> codes = Arrays.stream(values).map(Coded::code).toList();
      assertEquals(codes.size(), codes.stream().distinct().count(), type.getSimpleName());
      for (Coded value : values) {
        assertTrue(value.code().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), value.code());
        assertFalse(value.label().isBlank(), value.code());
      }
    }
  }

  @Test
  void fromCodeRoundTripsAndRejectsUnknowns() {
    for (Pillar p : Pillar.values()) {
      assertEquals(Optional.of(p), Pillar.fromCode(p.code()));
    }
    for (Intervention i : Intervention.values()) {
      assertEquals(Optional.of(i), Intervention.fromCode(i.code()));
    }
    for (Outcome o : Outcome.values()) {
      assertEquals(Optional.of(o), Outcome.fromCode(o.code()));
    }
    assertEquals(Optional.of(StudyDesign.RCT), StudyDesign.fromCode(" RCT "));
    assertEquals(Optional.of(RiskOfBias.SOME_CONCERNS), RiskOfBias.fromCode("some_concerns"));
    assertEquals(Optional.of(EffectMeasure.SMD), EffectMeasure.fromCode("smd"));
    assertEquals(Optional.empty(), EffectMeasure.fromCode("rr"));
    assertEquals(Optional.empty(), Pillar.fromCode(null));
    assertEquals(Optional.empty(), Outcome.fromCode("re-trafficking"));
  }

  @Test
  void interventionsCoverAllFourPillars() {
    var byPillar =
        Arrays.stream(Intervention.values())
            .collect(Collectors.groupingBy(Intervention::pillar, Collectors.counting()));
    assertEquals(Pillar.values().length, byPillar.size());
    assertEquals(Pillar.PREVENTION, Intervention.LABOUR_INSPECTION.pillar());
    assertEquals(Pillar.PROTECTION, Intervention.PSYCHOSOCIAL_SUPPORT.pillar());
    assertEquals(Pillar.PROSECUTION, Intervention.LEGAL_REFORM.pillar());
    assertEquals(Pillar.PARTNERSHIP, Intervention.DATA_SHARING.pillar());
  }

  @Test
  void reTraffickingIsTheOnlyLowerIsBetterOutcome() {
    var lower =
        Arrays.stream(Outcome.values())
            .filter(o -> o.betterDirection() == BetterDirection.LOWER)
            .toList();
    assertEquals(List.of(Outcome.RE_TRAFFICKING), lower);
    assertTrue(Outcome.RE_TRAFFICKING.favoursIntervention(-0.7));
    assertFalse(Outcome.VICTIMS_IDENTIFIED.favoursIntervention(-0.7));
    assertFalse(Outcome.INCOME.favoursIntervention(0.0));
  }

  @Test
  void directionNeedsAnIntervalThatExcludesTheNull() {
    Function<double[], EffectDirection> reTrafficking =
        x -> EffectDirection.of(Outcome.RE_TRAFFICKING, x[0], x[1], x[2]);
    assertEquals(
        EffectDirection.FAVOURS_INTERVENTION, reTrafficking.apply(new double[] {-0.7, -1.1, -0.4}));
    assertEquals(
        EffectDirection.FAVOURS_COMPARATOR, reTrafficking.apply(new double[] {0.7, 0.4, 1.1}));
    assertEquals(
        EffectDirection.NO_CLEAR_DIFFERENCE, reTrafficking.apply(new double[] {-0.2, -0.5, 0.1}));
    assertEquals(
        EffectDirection.NOT_ESTIMABLE, reTrafficking.apply(new double[] {Double.NaN, 0, 0}));
    assertEquals(
        EffectDirection.FAVOURS_INTERVENTION, EffectDirection.of(Outcome.INCOME, 0.3, 0.1, 0.5));
  }

  @Test
  void ratioMeasuresBackTransformWithExp() {
    assertTrue(EffectMeasure.LOG_RR.isRatio());
    assertTrue(EffectMeasure.LOG_OR.isRatio());
    assertFalse(EffectMeasure.RD.isRatio());
    assertEquals(Math.exp(-0.5), EffectMeasure.LOG_OR.toNaturalScale(-0.5), 0);
    assertEquals(-0.5, EffectMeasure.SMD.toNaturalScale(-0.5), 0);
  }
}
