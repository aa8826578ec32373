package org.tipevidence.common.progress;

import java.util.Optional;
import java.util.OptionalDouble;
import org.tipevidence.common.codes.Direction;

/**
 * UNSD SDG Progress Chart 2022, indicators with a numeric target (methods.md §1.a, as transcribed
 * in UNDP-Data/SDG-Accelerator {@code getStatus.tsx}, corroborated by a second implementation).
 *
 * <ul>
 *   <li>Target achieved uses the transcription's <em>strict</em> comparison (decrease: latest &lt;
 *       target; increase: latest &gt; target); a latest value exactly at the target is assessed by
 *       its CR instead.
 *   <li>{@code CR = CAGR_a / CAGR_r}; CR ≥ 0.95 on_track, ≥ 0.5 moderate_progress, ≥ -0.1
 *       limited_progress, else deterioration. CR carries no direction term, so it is only computed
 *       when the target lies ahead of the base in the desired direction; otherwise not_assessable.
 *   <li>Without a target: the official 2022 thresholds were not found (methods.md §1.a, §8 item 1),
 *       so the result is not_assessable rather than an invented rule.
 *   <li>Undefined CAGRs (zero base, opposite signs) → not_assessable. A zero <em>target</em> is
 *       allowed: CAGR_r is then -1.
 * </ul>
 */
public final class Unsd2022Method extends DataCheckedMethod {

  public static final String NAME = "unsd_2022";

  public static final String NO_TARGET_REASON =
      "UNSD 2022 no-target thresholds are not published; use open_sdg or expected_2030";

  static final double CR_ON_TRACK = 0.95;
  static final double CR_MODERATE = 0.5;
  static final double CR_LIMITED = -0.1;

  public Unsd2022Method() {
    super(NAME);
  }

  @Override
  ProgressAssessment assessWithData(ProgressInput in) {
    OptionalDouble cagrA = Cagr.actual(in);
    if (!in.hasTarget()) {
      return ProgressAssessment.notAssessable(
          NAME, NO_TARGET_REASON, InputChecks.boxed(cagrA), null);
    }
    Optional<String> badTarget = InputChecks.unusableTarget(in);
    if (badTarget.isPresent()) {
      return ProgressAssessment.notAssessable(
          NAME, badTarget.get(), InputChecks.boxed(cagrA), null);
    }
    double target = in.targetValue();
    OptionalDouble cagrR = Cagr.required(in);
    Double cr =
        cagrA.isPresent() && cagrR.isPresent() && cagrR.getAsDouble() != 0.0
            ? cagrA.getAsDouble() / cagrR.getAsDouble()
            : null;
    if (achievedStrict(in.direction(), in.latestValue(), target)) {
      return new ProgressAssessment(
          ProgressStatus.TARGET_ACHIEVED,
          null,
          InputChecks.boxed(cagrA),
          InputChecks.boxed(cagrR),
          cr,
          null,
          NAME);
    }
    if (cagrA.isEmpty()) {
      return ProgressAssessment.notAssessable(
          NAME,
          InputChecks.actualUndefined(in.baseValue(), in.latestValue()),
          null,
          InputChecks.boxed(cagrR));
    }
    if (cagrR.isEmpty()) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.requiredUndefined(in.baseValue(), target), cagrA.getAsDouble(), null);
    }
    if (!InputChecks.targetAhead(in)) {
      return ProgressAssessment.notAssessable(
          NAME, InputChecks.TARGET_NOT_AHEAD, cagrA.getAsDouble(), cagrR.getAsDouble());
    }
    return new ProgressAssessment(
        statusForRatio(cr), null, cagrA.getAsDouble(), cagrR.getAsDouble(), cr, null, NAME);
  }

  static boolean achievedStrict(Direction d, double latest, double target) {
    return d == Direction.INCREASE ? latest > target : latest < target;
  }

  /** Status for CR (cut points 0.95 / 0.5 / -0.1, lower bounds inclusive). */
  public static ProgressStatus statusForRatio(double cr) {
    if (cr >= CR_ON_TRACK) {
      return ProgressStatus.ON_TRACK;
    }
    if (cr >= CR_MODERATE) {
      return ProgressStatus.MODERATE_PROGRESS;
    }
    if (cr >= CR_LIMITED) {
      return ProgressStatus.LIMITED_PROGRESS;
    }
    return ProgressStatus.DETERIORATION;
  }
}
