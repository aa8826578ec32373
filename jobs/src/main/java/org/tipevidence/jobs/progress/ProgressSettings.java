package org.tipevidence.jobs.progress;

import java.io.Serializable;
import org.tipevidence.common.progress.ProgressMethod;
import org.tipevidence.common.progress.ProgressMethods;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;

/**
 * The run's progress-assessment choices: which method, and the base-year rule (the configured year,
 * or the first later year with data).
 *
 * @param method the assessment method (see {@link ProgressMethods#names()})
 * @param baseYear the configured base year
 */
public record ProgressSettings(ProgressMethod method, int baseYear) implements Serializable {
  public static final int DEFAULT_BASE_YEAR = 2015;

  /** Open SDG from 2015, what a run without options uses. */
  public static final ProgressSettings DEFAULT =
      new ProgressSettings(ProgressMethods.defaultMethod(), DEFAULT_BASE_YEAR);

  /**
   * Settings for a method name from the CLI or config file.
   *
   * @throws UserInputException (exit 2) naming the valid methods when the name is unknown
   */
  public static ProgressSettings of(String methodName, int baseYear) {
    try {
      return new ProgressSettings(ProgressMethods.byName(methodName), baseYear);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(ExitCode.USAGE, "--progress-method: " + e.getMessage());
    }
  }

  /** The base-year rule in words, as recorded in the manifest. */
  public String baseYearRule() {
    return baseYearRule(baseYear);
  }

  public static String baseYearRule(int baseYear) {
    return baseYear + ", or the first later year with data";
  }
}
