package org.tipevidence.common.disclosure;

import java.io.Serializable;

/**
 * A suppressed cell an attacker can recover from the published cells of its table.
 *
 * @param cell the recovered cell
 * @param method how
 * @param dimension the margin dimension used (for {@link Method#LINEAR}, null: several)
 * @param recovered the figure the attacker obtains from the published values; only an estimate
 *     where the source's parts do not add up to its totals
 */
public record Disclosure(CellKey cell, Method method, String dimension, double recovered)
    implements Serializable {

  /** The attacks of {@link DifferencingAttack}, as stable lower_snake_case codes. */
  public enum Method {
    /** The only unknown of one margin equation: total minus the known parts. */
    MARGIN("margin_differencing"),
    /**
     * Several unknowns in one equation, but their sum equals the smallest value each can take (e.g.
     * total 12, known parts 10, two suppressed parts that are at least 1 each: both are 1).
     */
    LOWER_BOUNDS("margin_lower_bounds"),
    /** Determined by combining several margin equations (exact linear algebra). */
    LINEAR("linear_differencing"),
    /**
     * Narrowed by linear programming ({@link IntervalAudit}) to one value, or to an interval that
     * reaches neither 0 nor k.
     */
    INTERVAL("interval_audit");

    private final String code;

    Method(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
