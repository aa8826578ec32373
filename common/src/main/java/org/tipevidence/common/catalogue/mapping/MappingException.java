package org.tipevidence.common.catalogue.mapping;

import java.util.List;

/** The indicator mapping has problems; the message lists all of them with their fixes. */
public class MappingException extends RuntimeException {
  private final List<MappingProblem> problems;

  public MappingException(List<MappingProblem> problems) {
    super(
        "indicator mapping has "
            + problems.size()
            + " problem(s):\n"
            + MappingPrinter.renderProblems(problems));
    this.problems = List.copyOf(problems);
  }

  public List<MappingProblem> problems() {
    return problems;
  }
}
