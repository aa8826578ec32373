package org.tipevidence.common.catalogue.mapping;

import java.util.List;
import java.util.Optional;

/**
 * Result of reading a mapping file.
 *
 * @param mapping the entries that passed every check (null when the file is not parsable JSON or
 *     has no usable top-level structure); use it only when {@link #ok()}
 * @param problems every problem found, in file order
 */
public record MappingLoadResult(IndicatorMapping mapping, List<MappingProblem> problems) {
  public MappingLoadResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return mapping != null && problems.isEmpty();
  }

  public Optional<IndicatorMapping> mappingIfOk() {
    return ok() ? Optional.of(mapping) : Optional.empty();
  }

  /** The mapping, or a {@link MappingException} listing every problem. */
  public IndicatorMapping orThrow() {
    if (!ok()) {
      throw new MappingException(problems);
    }
    return mapping;
  }
}
