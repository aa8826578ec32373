package org.tipevidence.common.iati;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import org.tipevidence.common.iati.IatiFact.Indicator;
import org.tipevidence.common.iati.IatiFact.Kind;
import org.tipevidence.common.iati.IatiIndicatorIndex.Resolution;
import org.tipevidence.common.number.PlainNumber;

/**
 * The IATI targets rule (docs/INPUTS.md, IATI targets): each indicator with a target gives at most
 * one targets.csv row. Its final target is the target without dimension of the period that ends
 * last (target_year is that period-end's year; earlier targets are milestones); its baseline the
 * baseline without dimension of the latest year. Blank or {@code NULL} values are no value ({@link
 * IatiAchievement}). An indicator with no target gives no row; one with targets only for
 * disaggregations gives an {@code out_of_scope} row (targets.csv targets are programme-level).
 *
 * <p>Streams the reader's facts: the values of one indicator are consecutive, so only the current
 * indicator's chosen elements are held.
 */
public final class IatiTargets implements Iterator<IatiTargetRow> {
  private final Iterator<IatiFact> facts;
  private final IatiIndicatorIndex index;
  private Pending pending;
  private IatiTargetRow next;

  public IatiTargets(Iterator<IatiFact> facts, IatiIndicatorIndex index) {
    this.facts = facts;
    this.index = index;
  }

  @Override
  public boolean hasNext() {
    while (next == null && (pending != null || facts.hasNext())) {
      if (!facts.hasNext()) {
        next = pending.row();
        pending = null;
        continue;
      }
      IatiFact fact = facts.next();
      if (fact.kind() == Kind.ACTUAL) {
        continue;
      }
      String key = indicatorPath(fact.path());
      if (pending != null && !pending.key.equals(key)) {
        next = pending.row();
        pending = null;
      }
      if (pending == null) {
        pending = new Pending(key, fact);
      }
      pending.add(fact);
    }
    return next != null;
  }

  @Override
  public IatiTargetRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IatiTargetRow row = next;
    next = null;
    return row;
  }

  /** {@code .../indicator[2]} of a value's path: which indicator of which activity it is in. */
  static String indicatorPath(String path) {
    int at = path.lastIndexOf("/indicator[");
    return at < 0 ? path : path.substring(0, path.indexOf(']', at) + 1);
  }

  /** Blank or NULL: the shared rule for "no target" (IatiAchievement) serves baselines too. */
  private static boolean absent(String value) {
    return IatiAchievement.of(value, null).status() == IatiAchievement.Status.NO_TARGET;
  }

  /** Equal as written, or as plain numbers (10 and 10.0 are one target). */
  private static boolean same(String a, String b) {
    OptionalDouble x = PlainNumber.parse(a);
    OptionalDouble y = PlainNumber.parse(b);
    return a.strip().equals(b.strip())
        || (x.isPresent() && y.isPresent() && x.getAsDouble() == y.getAsDouble());
  }

  private static int year(IatiFact baseline) {
    try {
      return Integer.parseInt(baseline.baselineYear());
    } catch (NumberFormatException | NullPointerException e) {
      return Integer.MIN_VALUE;
    }
  }

  /** One indicator's chosen elements while its values are read. */
  private final class Pending {
    private final String key;
    private final IatiFact first;
    private IatiFact baseline;
    private String baselineTie;
    private IatiFact target;
    private LocalDate targetEnd;
    private String targetTie;
    private IatiFact undated;
    private IatiFact disaggregated;

    Pending(String key, IatiFact first) {
      this.key = key;
      this.first = first;
    }

    void add(IatiFact f) {
      if (absent(f.value())) {
        return;
      }
      if (!f.dimensions().isEmpty()) {
        // Disaggregated baselines and targets are not programme-level figures.
        if (f.kind() == Kind.TARGET && disaggregated == null) {
          disaggregated = f;
        }
      } else if (f.kind() == Kind.BASELINE) {
        addBaseline(f);
      } else {
        addTarget(f);
      }
    }

    private void addBaseline(IatiFact f) {
      if (baseline == null || year(f) > year(baseline)) {
        baseline = f;
        baselineTie = null;
      } else if (year(f) == year(baseline) && !same(f.value(), baseline.value())) {
        baselineTie = baselineTie != null ? baselineTie : tie("baselines", "year", baseline, f);
      }
    }

    private void addTarget(IatiFact f) {
      LocalDate end = IatiPeriods.date(f.periodEnd());
      if (end == null) {
        undated = undated != null ? undated : f;
      } else if (target == null || end.isAfter(targetEnd)) {
        target = f;
        targetEnd = end;
        targetTie = null;
      } else if (end.equals(targetEnd) && !same(f.value(), target.value())) {
        targetTie = targetTie != null ? targetTie : tie("targets", "period-end", target, f);
      }
    }

    private String tie(String what, String on, IatiFact kept, IatiFact other) {
      return "conflicting_duplicate: two "
          + what
          + " without dimension for the same latest "
          + on
          + " give different values, '"
          + kept.value()
          + "' (line "
          + kept.line()
          + ") and '"
          + other.value()
          + "' (line "
          + other.line()
          + "); keep one "
          + what.substring(0, what.length() - 1)
          + " for the total";
    }

    /** The targets row, or null when the indicator has no target. */
    IatiTargetRow row() {
      IatiFact at = undated != null ? undated : target != null ? target : disaggregated;
      if (at == null) {
        return null;
      }
      Indicator indicator = first.indicator();
      Resolution resolved = index.resolve(indicator);
      String error = IatiTranslator.indicatorProblem(indicator, resolved);
      error =
          IatiTranslator.first(error, IatiTranslator.directionProblem(indicator, resolved.entry()));
      if (at == disaggregated) {
        error =
            IatiTranslator.first(
                error,
                "out_of_scope: indicator '"
                    + indicator.title()
                    + "' has targets only for disaggregations ("
                    + dimensions(at)
                    + "); a targets.csv target is programme-level and applies to the headline"
                    + " series: add a target without dimension for the total");
      } else if (at == undated) {
        error =
            IatiTranslator.first(
                error,
                "invalid_period: the target's period-end @iso-date '"
                    + at.periodEnd()
                    + "' is not a YYYY-MM-DD date, so the final target (the latest period's)"
                    + " cannot be chosen");
      }
      error = IatiTranslator.first(error, IatiTranslator.first(targetTie, baselineTie));
      return new IatiTargetRow(
          first.activity().programmeId(),
          resolved.entry() != null ? resolved.entry().localCode() : indicator.title(),
          baseline == null ? "" : nonNull(baseline.baselineYear()),
          baseline == null ? "" : baseline.value(),
          at == target ? Integer.toString(targetEnd.getYear()) : "",
          at.value(),
          at.line(),
          at.path(),
          record(at),
          error == null ? null : error + " at " + at.path());
    }

    private String record(IatiFact at) {
      StringBuilder s = new StringBuilder(at.path());
      s.append(" value=\"").append(at.value()).append("\" period-end=\"");
      s.append(nonNull(at.periodEnd())).append('"');
      if (!at.dimensions().isEmpty()) {
        s.append(' ').append(dimensions(at));
      }
      if (baseline != null) {
        s.append("; baseline ").append(baseline.path());
        s.append(" year=\"").append(nonNull(baseline.baselineYear()));
        s.append("\" value=\"").append(baseline.value()).append('"');
      }
      return s.toString();
    }
  }

  private static String dimensions(IatiFact f) {
    StringBuilder s = new StringBuilder();
    for (IatiFact.Dimension d : f.dimensions()) {
      s.append(s.length() == 0 ? "" : " ").append(d.name()).append("=\"");
      s.append(d.value()).append('"');
    }
    return s.toString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
