package org.tipevidence.common.mse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A capture-history table that cannot be used as given. Carries every problem found (not just the
 * first) so a data owner can fix the file in one pass; each problem names the line and the fix.
 */
public final class MseInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What is wrong; stable codes for callers and tests. */
  public enum Kind {
    /** Header missing, empty or duplicated column names, or no {@code count} column. */
    BAD_HEADER,
    /** Fewer than two list columns: nothing to overlap. */
    TOO_FEW_LISTS,
    /** More list columns than the complete table can hold. */
    TOO_MANY_LISTS,
    /** A record whose quoting is broken (an unclosed quote, text after a closing quote). */
    MALFORMED_RECORD,
    /** A data line with a different number of fields than the header. */
    WRONG_FIELD_COUNT,
    /** A list cell other than 0 or 1. */
    NOT_BINARY,
    /** A count that is negative, fractional or not a number. */
    BAD_COUNT,
    /** The same capture history on two lines (never summed silently). */
    DUPLICATE_HISTORY,
    /** A row with 0 on every list: the unobserved cell cannot be a data row. */
    ALL_ZERO_HISTORY,
    /** No data rows, or every count is zero. */
    EMPTY_TABLE
  }

  /**
   * One problem. {@code line} is the 1-based line in the CSV text (header = line 1), or the 1-based
   * row number for tables built in code; 0 when the problem concerns the whole table.
   */
  public record Problem(int line, Kind kind, String message) {}

  private final List<Problem> problems;

  public MseInputException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** True if any problem has this kind. */
  public boolean has(Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }

  private static String render(List<Problem> problems) {
    return "Invalid capture-history table ("
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + "):\n  "
        + problems.stream().map(Problem::message).collect(Collectors.joining("\n  "));
  }
}
