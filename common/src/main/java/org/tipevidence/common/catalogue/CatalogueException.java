package org.tipevidence.common.catalogue;

import java.util.List;

/** The catalogue file could not be read or is inconsistent; lists every problem found. */
public class CatalogueException extends RuntimeException {
  private final List<String> problems;

  public CatalogueException(String source, List<String> problems) {
    super(
        "invalid SDG catalogue "
            + source
            + " ("
            + problems.size()
            + " problem(s)):\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public CatalogueException(String source, String problem, Throwable cause) {
    super("invalid SDG catalogue " + source + ": " + problem, cause);
    this.problems = List.of(problem);
  }

  public List<String> problems() {
    return problems;
  }
}
