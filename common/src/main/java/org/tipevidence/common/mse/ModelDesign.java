package org.tipevidence.common.mse;

import java.util.ArrayList;
import java.util.List;

/**
 * Design of the log-linear model {@code log μ_ω = β0 + Σ α_i ω_i + Σ_(i,j)∈M β_ij ω_i ω_j} on the
 * completed table. Pairs of M with an empty overlap sit at β_ij = −∞ (extended MLE): their cells
 * (ω_i = ω_j = 1) are structural zeros, so they are deleted and the pair gets no column.
 *
 * <p>Columns: intercept, one per list, then the estimable pairs in the order given.
 */
final class ModelDesign {

  final List<ListPair> pairs; // M as given (order kept)
  final List<ListPair> estimablePairs; // columns after the main effects
  final List<ListPair> emptyPairs; // at −∞
  final int[] cells; // history masks of the rows kept
  final double[][] x;
  final double[] y;

  private ModelDesign(
      List<ListPair> pairs,
      List<ListPair> estimablePairs,
      List<ListPair> emptyPairs,
      int[] cells,
      double[][] x,
      double[] y) {
    this.pairs = pairs;
    this.estimablePairs = estimablePairs;
    this.emptyPairs = emptyPairs;
    this.cells = cells;
    this.x = x;
    this.y = y;
  }

  static ModelDesign build(CaptureHistoryTable table, List<ListPair> pairs) {
    int t = table.numLists();
    long[] full = table.completedCounts();
    List<ListPair> estimable = new ArrayList<>();
    List<ListPair> empty = new ArrayList<>();
    for (ListPair pr : pairs) {
      (table.overlap(pr) == 0 ? empty : estimable).add(pr);
    }
    List<Integer> kept = new ArrayList<>();
    for (int mask = 1; mask < full.length; mask++) {
      boolean structuralZero = false;
      for (ListPair e : empty) {
        structuralZero |= (mask & e.mask()) == e.mask();
      }
      if (!structuralZero) {
        kept.add(mask);
      }
    }
    int n = kept.size();
    int p = 1 + t + estimable.size();
    int[] cells = new int[n];
    double[][] x = new double[n][p];
    double[] y = new double[n];
    for (int r = 0; r < n; r++) {
      int mask = kept.get(r);
      cells[r] = mask;
      y[r] = full[mask];
      x[r][0] = 1;
      for (int i = 0; i < t; i++) {
        x[r][1 + i] = mask >> i & 1;
      }
      for (int k = 0; k < estimable.size(); k++) {
        int pm = estimable.get(k).mask();
        x[r][1 + t + k] = (mask & pm) == pm ? 1 : 0;
      }
    }
    return new ModelDesign(
        List.copyOf(pairs), List.copyOf(estimable), List.copyOf(empty), cells, x, y);
  }

  int numParameters() {
    return x[0].length;
  }
}
