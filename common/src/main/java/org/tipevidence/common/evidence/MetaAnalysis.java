package org.tipevidence.common.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tipevidence.common.stats.Interval;

/**
 * Inverse-variance meta-analysis of one intervention x outcome x measure cell, matching metafor's
 * {@code rma.uni} (methods.md §3.2): equal effects, DerSimonian-Laird, REML, Paule-Mandel or
 * Sidik-Jonkman, optionally with Knapp-Hartung inference. All intervals are 95%.
 */
public final class MetaAnalysis {

  private MetaAnalysis() {}

  /**
   * Pools effects that share one measure.
   *
   * @throws IllegalArgumentException if the effects mix measures (a grouping bug, not bad data)
   */
  public static MetaResult pool(List<EffectSize> effects, MetaMethod method, boolean knappHartung) {
    long measures = effects.stream().map(EffectSize::measure).distinct().count();
    if (measures > 1) {
      throw new IllegalArgumentException("cannot pool different effect measures together");
    }
    double[] yi = effects.stream().mapToDouble(EffectSize::yi).toArray();
    double[] vi = effects.stream().mapToDouble(EffectSize::vi).toArray();
    return pool(yi, vi, method, knappHartung);
  }

  /**
   * Pools effects {@code yi} with sampling variances {@code vi}. The arrays come from validated
   * {@link EffectSize}s, so malformed arrays are programming errors and throw.
   *
   * @throws IllegalArgumentException on length mismatch, non-finite yi, or vi that is not > 0
   */
  public static MetaResult pool(double[] yi, double[] vi, MetaMethod method, boolean knappHartung) {
    Objects.requireNonNull(method, "method");
    checkInput(yi, vi);
    int k = yi.length;
    if (k == 0) {
      return new MetaResult(
          MetaStatus.NO_STUDIES,
          method,
          knappHartung,
          0,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Interval.NONE,
          Interval.NONE,
          Heterogeneity.NONE,
          List.of(),
          0);
    }
    if (k == 1) {
      return singleStudy(yi[0], vi[0], method, knappHartung);
    }

    // Cochran's Q and C always use fixed-effect weights, whatever the model.
    Weighted fixed = Weighted.of(yi, vi, 0.0);
    double q = fixed.residualSumOfSquares(yi);
    int df = k - 1;
    double c = fixed.sumW - fixed.sumW2 / fixed.sumW;

    TauSquared.Fit fit =
        switch (method) {
          case EE -> new TauSquared.Fit(0.0, Double.NaN, 0, true);
          case DL -> new TauSquared.Fit(TauSquared.derSimonianLaird(q, df, c), Double.NaN, 0, true);
          case REML -> TauSquared.reml(yi, vi, TauSquared.derSimonianLaird(q, df, c));
          case PM -> TauSquared.pauleMandel(yi, vi);
          case SJ -> TauSquared.sidikJonkman(yi, vi);
        };
    double tau2 = fit.tau2();
    Weighted pooled = method == MetaMethod.EE ? fixed : Weighted.of(yi, vi, tau2);
    double mu = pooled.mean;

    double se;
    double crit;
    double statistic;
    double pValue;
    double testDf;
    if (knappHartung) {
      // KH rescales the variance by the weighted residual variance and refers to t_{k-1}.
      double s2 = pooled.residualSumOfSquares(yi) / df;
      se = Math.sqrt(s2 / pooled.sumW);
      statistic = mu / se;
      testDf = df;
      crit = Distributions.t975(df);
      pValue = Distributions.twoSidedTP(statistic, df);
    } else {
      se = Math.sqrt(1.0 / pooled.sumW);
      statistic = mu / se;
      testDf = Double.NaN;
      crit = Distributions.Z_975;
      pValue = Distributions.twoSidedNormalP(statistic);
    }

    Heterogeneity heterogeneity =
        new Heterogeneity(
            q,
            df,
            Distributions.chiSquareUpperP(q, df),
            tau2,
            fit.se(),
            Math.sqrt(tau2),
            i2(method, q, df, tau2, c),
            h2(method, q, df, tau2, c));

    return new MetaResult(
        fit.converged() ? MetaStatus.POOLED : MetaStatus.NOT_CONVERGED,
        method,
        knappHartung,
        k,
        mu,
        se,
        statistic,
        testDf,
        pValue,
        Interval.around(mu, crit * se),
        // A new study's true effect varies by tau2 around mu, which is itself uncertain.
        Interval.around(mu, crit * Math.sqrt(tau2 + se * se)),
        heterogeneity,
        pooled.weightsPercent(),
        fit.iterations());
  }

  /**
   * I2. Equal effects and DL use Higgins and Thompson's Q-based form; REML, PM and SJ use metafor's
   * tau2-based form 100 tau2 / (v~ + tau2) with typical variance v~ = (k-1)/C. For DL both forms
   * are algebraically identical.
   */
  private static double i2(MetaMethod method, double q, int df, double tau2, double c) {
    if (method != MetaMethod.EE && method != MetaMethod.DL) {
      double typical = df / c;
      return 100.0 * tau2 / (typical + tau2);
    }
    return q > 0 ? Math.max(0.0, 100.0 * (q - df) / q) : 0.0;
  }

  /**
   * H2. Equal effects: Q/df (metafor). DL: Q/df floored at 1, which equals metafor's tau2/v~ + 1
   * (they differ only when Q < df and tau2 is truncated to 0). REML, PM, SJ: tau2/v~ + 1.
   */
  private static double h2(MetaMethod method, double q, int df, double tau2, double c) {
    return switch (method) {
      case EE -> q / df;
      case DL -> Math.max(1.0, q / df);
      case REML, PM, SJ -> tau2 / (df / c) + 1.0;
    };
  }

  /**
   * One study is reported as itself: its estimate, SE and z-based CI. Nothing is pooled, so
   * heterogeneity and the prediction interval are NaN, and Knapp-Hartung (t with 0 df) cannot
   * apply.
   */
  private static MetaResult singleStudy(
      double y, double v, MetaMethod method, boolean knappHartung) {
    double se = Math.sqrt(v);
    double z = y / se;
    return new MetaResult(
        MetaStatus.SINGLE_STUDY,
        method,
        knappHartung,
        1,
        y,
        se,
        z,
        Double.NaN,
        Distributions.twoSidedNormalP(z),
        Interval.around(y, Distributions.Z_975 * se),
        Interval.NONE,
        Heterogeneity.NONE,
        List.of(100.0),
        0);
  }

  private static void checkInput(double[] yi, double[] vi) {
    Objects.requireNonNull(yi, "yi");
    Objects.requireNonNull(vi, "vi");
    if (yi.length != vi.length) {
      throw new IllegalArgumentException(
          "yi and vi differ in length: " + yi.length + " vs " + vi.length);
    }
    for (int i = 0; i < yi.length; i++) {
      if (!Double.isFinite(yi[i]) || !Double.isFinite(vi[i]) || vi[i] <= 0) {
        throw new IllegalArgumentException(
            "study %d: need finite yi and vi > 0, got yi=%s vi=%s".formatted(i, yi[i], vi[i]));
      }
    }
  }

  /** Inverse-variance weights w_i = 1/(v_i + tau2) and the weighted mean. */
  private static final class Weighted {
    final double[] w;
    final double sumW;
    final double sumW2;
    final double mean;

    private Weighted(double[] w, double sumW, double sumW2, double mean) {
      this.w = w;
      this.sumW = sumW;
      this.sumW2 = sumW2;
      this.mean = mean;
    }

    static Weighted of(double[] y, double[] v, double tau2) {
      double[] w = new double[y.length];
      double sumW = 0;
      double sumW2 = 0;
      double sumWy = 0;
      for (int i = 0; i < y.length; i++) {
        w[i] = 1.0 / (v[i] + tau2);
        sumW += w[i];
        sumW2 += w[i] * w[i];
        sumWy += w[i] * y[i];
      }
      return new Weighted(w, sumW, sumW2, sumWy / sumW);
    }

    double residualSumOfSquares(double[] y) {
      double rss = 0;
      for (int i = 0; i < y.length; i++) {
        double r = y[i] - mean;
        rss += w[i] * r * r;
      }
      return rss;
    }

    List<Double> weightsPercent() {
      List<Double> percent = new ArrayList<>(w.length);
      for (double wi : w) {
        percent.add(100.0 * wi / sumW);
      }
      return percent;
    }
  }
}
