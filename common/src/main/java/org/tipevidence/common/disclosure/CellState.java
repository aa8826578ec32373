package org.tipevidence.common.disclosure;

/** Whether a cell's figure is published and, if not, why. */
public enum CellState {
  /** The figure is shown (or the cell has no figure at all: value null). */
  PUBLISHED(null),
  /** Withheld because the count itself is in 1..k-1 (or 0, when configured). */
  PRIMARY("primary"),
  /** Withheld so that a primary cell cannot be recovered by differencing. */
  COMPLEMENTARY("complementary"),
  /** The source already withheld it (GLOTIP {@code <5}); stays withheld. */
  CENSORED("censored"),
  /**
   * Withheld upstream for a reason this table does not know (e.g. inherited from another table).
   */
  SUPPRESSED("suppressed");

  private final String code;

  CellState(String code) {
    this.code = code;
  }

  /** The lower_snake_case code written to the {@code suppression} column; null when published. */
  public String code() {
    return code;
  }

  public boolean isSuppressed() {
    return this != PUBLISHED;
  }

  /** When one key is reported twice, the more protective state wins (censored first). */
  int protection() {
    return switch (this) {
      case PUBLISHED -> 0;
      case COMPLEMENTARY -> 1;
      case SUPPRESSED -> 2;
      case PRIMARY -> 3;
      case CENSORED -> 4;
    };
  }
}
