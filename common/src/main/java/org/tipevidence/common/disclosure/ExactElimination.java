package org.tipevidence.common.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Reduced row echelon form over exact fractions (Commons Math {@link BigFraction}): the margin
 * systems are 0/±1 matrices, and "is this unknown determined" must not hinge on a floating-point
 * tolerance.
 */
final class ExactElimination {
  private ExactElimination() {}

  /**
   * Unknowns the system determines, with their values: column j is determined when some row of the
   * reduced echelon form is the unit vector e_j (every solution then has the same x_j).
   *
   * @param a coefficients, rows = equations, columns = unknowns
   * @param b right-hand sides
   * @return per unknown, its value when determined, else null
   */
  static BigFraction[] determined(List<long[]> a, List<BigFraction> b, int unknowns) {
    int rows = a.size();
    BigFraction[][] m = new BigFraction[rows][unknowns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < unknowns; c++) {
        m[r][c] = new BigFraction(a.get(r)[c]);
      }
      m[r][unknowns] = b.get(r);
    }
    List<int[]> pivots = new ArrayList<>(); // {row, column}
    int row = 0;
    for (int col = 0; col < unknowns && row < rows; col++) {
      int pivot = -1;
      for (int r = row; r < rows; r++) {
        if (m[r][col].compareTo(BigFraction.ZERO) != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      BigFraction[] tmp = m[pivot];
      m[pivot] = m[row];
      m[row] = tmp;
      BigFraction p = m[row][col];
      for (int c = col; c <= unknowns; c++) {
        m[row][c] = m[row][c].divide(p);
      }
      for (int r = 0; r < rows; r++) {
        if (r != row && m[r][col].compareTo(BigFraction.ZERO) != 0) {
          BigFraction f = m[r][col];
          for (int c = col; c <= unknowns; c++) {
            m[r][c] = m[r][c].subtract(f.multiply(m[row][c]));
          }
        }
      }
      pivots.add(new int[] {row, col});
      row++;
    }
    BigFraction[] out = new BigFraction[unknowns];
    for (int[] pc : pivots) {
      boolean unit = true;
      for (int c = 0; c < unknowns && unit; c++) {
        unit = c == pc[1] || m[pc[0]][c].compareTo(BigFraction.ZERO) == 0;
      }
      if (unit) {
        out[pc[1]] = m[pc[0]][unknowns];
      }
    }
    return out;
  }

  /** A prime below 2^31, so that products of two residues fit in a long. */
  private static final long P = 2_147_483_647L;

  /**
   * Unknowns fixed by the coefficients alone (right-hand side ignored), computed modulo a large
   * prime: the full margin systems are too large for fractions, and a rank loss modulo P needs P to
   * divide a minor of a small 0/±1 matrix, which does not happen for tables of this size.
   */
  static boolean[] determinedByStructure(List<long[]> a, int unknowns) {
    int rows = a.size();
    long[][] m = new long[rows][];
    for (int r = 0; r < rows; r++) {
      m[r] = new long[unknowns];
      for (int c = 0; c < unknowns; c++) {
        m[r][c] = Math.floorMod(a.get(r)[c], P);
      }
    }
    List<int[]> pivots = new ArrayList<>();
    int row = 0;
    for (int col = 0; col < unknowns && row < rows; col++) {
      int pivot = -1;
      for (int r = row; r < rows; r++) {
        if (m[r][col] != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      long[] tmp = m[pivot];
      m[pivot] = m[row];
      m[row] = tmp;
      long inv = modPow(m[row][col], P - 2);
      for (int c = col; c < unknowns; c++) {
        m[row][c] = m[row][c] * inv % P;
      }
      for (int r = 0; r < rows; r++) {
        long f = m[r][col];
        if (r != row && f != 0) {
          for (int c = col; c < unknowns; c++) {
            m[r][c] = Math.floorMod(m[r][c] - f * m[row][c] % P, P);
          }
        }
      }
      pivots.add(new int[] {row, col});
      row++;
    }
    boolean[] out = new boolean[unknowns];
    for (int[] pc : pivots) {
      boolean unit = true;
      for (int c = 0; c < unknowns && unit; c++) {
        unit = c == pc[1] || m[pc[0]][c] == 0;
      }
      out[pc[1]] = unit;
    }
    return out;
  }

  private static long modPow(long base, long exp) {
    long result = 1;
    long b = base % P;
    while (exp > 0) {
      if ((exp & 1) == 1) {
        result = result * b % P;
      }
      b = b * b % P;
      exp >>= 1;
    }
    return result;
  }
}
