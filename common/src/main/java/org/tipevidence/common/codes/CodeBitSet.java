package org.tipevidence.common.codes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A fixed dictionary of codes (a run's country codes) numbered in sort order, so that a set of them
 * is a few 64-bit words: code {@code i} is bit {@code i % 64} of word {@code i / 64}. Sets of this
 * shape combine with a bitwise or and decode back to their codes in sort order, which lets an
 * aggregation carry "which countries" as fixed-width numbers instead of a collected array.
 */
public final class CodeBitSet implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Bits per word. */
  public static final int WORD_BITS = Long.SIZE;

  private final String[] codes;

  private CodeBitSet(String[] sortedDistinct) {
    this.codes = sortedDistinct;
  }

  /** The dictionary of these codes (nulls ignored, duplicates folded, numbered in sort order). */
  public static CodeBitSet of(Collection<String> codes) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String c : codes) {
      if (c != null) {
        sorted.add(c);
      }
    }
    return new CodeBitSet(sorted.toArray(String[]::new));
  }

  /** The codes in index order (sorted). */
  public List<String> codes() {
    return List.of(codes);
  }

  /** Words a set needs: at least one, so an empty dictionary still has a (zero) set. */
  public int words() {
    return Math.max(1, (codes.length + WORD_BITS - 1) / WORD_BITS);
  }

  /** The code's index, or -1 when it is not in the dictionary. */
  public int index(String code) {
    int i = code == null ? -1 : Arrays.binarySearch(codes, code);
    return i < 0 ? -1 : i;
  }

  /** The set holding these codes (null and unknown codes are an error: the dictionary is fixed). */
  public long[] setOf(Collection<String> members) {
    long[] words = new long[words()];
    for (String m : members) {
      int i = index(m);
      if (i < 0) {
        throw new IllegalArgumentException("code '" + m + "' is not in the dictionary");
      }
      words[i / WORD_BITS] |= 1L << (i % WORD_BITS);
    }
    return words;
  }

  /** The codes of a set, in sort order. */
  public List<String> decode(long[] words) {
    List<String> out = new ArrayList<>();
    for (int w = 0; w < words.length; w++) {
      long bits = words[w];
      while (bits != 0) {
        int i = w * WORD_BITS + Long.numberOfTrailingZeros(bits);
        if (i >= codes.length) {
          throw new IllegalArgumentException("bit " + i + " is past the dictionary's end");
        }
        out.add(codes[i]);
        bits &= bits - 1;
      }
    }
    return out;
  }
}
