package org.tipevidence.jobs.evidence;

import java.io.Serializable;
import org.tipevidence.common.evidence.MetaMethod;

/**
 * How effects are computed and cells pooled (docs/evidence.md "Options").
 *
 * @param method tau² estimator: ee, dl, reml (default, metafor's default), pm or sj. When REML does
 *     not converge the cell is pooled again with DerSimonian-Laird; its {@code method} then says
 *     {@code dl} and its {@code fallback} column says why.
 * @param knappHartung Knapp-Hartung SE and t_{k-1} intervals instead of z (off by default)
 * @param mdPooledSd mean differences with the pooled-SD variance sp²(1/n1 + 1/n2) instead of
 *     separate SDs sd1²/n1 + sd2²/n2 (metafor's default; off by default)
 * @param dropDoubleZero leave 2x2 studies with no events (or only events) in both arms out of log
 *     OR and log RR pools (on by default, Cochrane Handbook and metafor's drop00); they stay in
 *     evidence_effects, flagged
 */
public record EvidenceSettings(
    MetaMethod method, boolean knappHartung, boolean mdPooledSd, boolean dropDoubleZero)
    implements Serializable {
  public static final EvidenceSettings DEFAULT =
      new EvidenceSettings(MetaMethod.REML, false, false, true);

  public EvidenceSettings {
    if (method == null) {
      throw new IllegalArgumentException("method is required (" + MetaMethod.codes() + ")");
    }
  }

  /** Pooling choices only; effect-size choices at their defaults. */
  public EvidenceSettings(MetaMethod method, boolean knappHartung) {
    this(method, knappHartung, DEFAULT.mdPooledSd, DEFAULT.dropDoubleZero);
  }
}
