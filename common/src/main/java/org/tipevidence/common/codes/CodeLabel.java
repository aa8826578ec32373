package org.tipevidence.common.codes;

/** A code-list entry's stable code (what is stored and published) and its label (what is shown). */
public record CodeLabel(String code, String label) {

  /**
   * An enum constant that carries a {@link CodeLabel}; gives it {@code code()} and {@code label()}.
   */
  public interface Carrier {
    CodeLabel codeLabel();

    /** The stable code, e.g. the SDMX code {@code Y0T17} or {@code moderate_progress}. */
    default String code() {
      return codeLabel().code();
    }

    /** The human-readable label. */
    default String label() {
      return codeLabel().label();
    }
  }
}
