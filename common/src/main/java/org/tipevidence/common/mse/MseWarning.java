package org.tipevidence.common.mse;

import java.io.Serializable;

/** Something a reader of the estimate must know; the estimate is still returned. */
public record MseWarning(Code code, String message) implements Serializable {

  /** Stable warning codes. */
  public enum Code {
    /** Fewer than three lists: no interaction can be fitted, the estimate assumes independence. */
    FEW_LISTS,
    /** Some pairs of lists have no victim in common (N*_ij = 0). */
    EMPTY_OVERLAP,
    /** The selected model contains empty pairs, fitted at β = −∞ (structural zeros). */
    PAIR_AT_MINUS_INFINITY,
    /** The MLE of a reported model does not exist (LP test); its figures are not reliable. */
    MLE_NOT_EXIST,
    /** A reported model's parameters are not identifiable (rank-deficient design). */
    NOT_IDENTIFIABLE,
    /** IRLS stopped at the iteration limit without meeting the convergence criterion. */
    NOT_CONVERGED
  }
}
