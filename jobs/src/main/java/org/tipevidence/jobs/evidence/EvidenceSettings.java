package org.tipevidence.jobs.evidence;

import java.io.Serializable;
import org.tipevidence.common.evidence.MetaMethod;

/**
 * How cells are pooled.
 *
 * @param method tau² estimator; REML by default (metafor's default). When REML does not converge
 *     the cell is pooled again with DerSimonian-Laird and its {@code method} says {@code dl}.
 * @param knappHartung Knapp-Hartung SE and t_{k-1} intervals instead of z (off by default)
 */
public record EvidenceSettings(MetaMethod method, boolean knappHartung) implements Serializable {
  public static final EvidenceSettings DEFAULT = new EvidenceSettings(MetaMethod.REML, false);

  public EvidenceSettings {
    if (method == null) {
      throw new IllegalArgumentException("method is required (fe, dl or reml)");
    }
  }
}
