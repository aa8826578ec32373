package org.tipevidence.jobs.disclosure;

import java.io.PrintStream;
import java.util.List;

/** What {@link DisclosureCheck} found in one published folder. */
public record DisclosureReport(String publishedDir, int threshold, List<DatasetCheck> datasets) {
  public DisclosureReport {
    datasets = List.copyOf(datasets);
  }

  /**
   * One dataset: rows checked, how many violations, and the first ones (capped).
   *
   * @param registered whether the registry describes it (unregistered datasets are only checked for
   *     a {@code person_count} column)
   */
  public record DatasetCheck(
      String dataset,
      boolean registered,
      long rowsChecked,
      long violationCount,
      List<DisclosureViolation> violations) {
    public DatasetCheck {
      violations = List.copyOf(violations);
    }
  }

  public long violationCount() {
    return datasets.stream().mapToLong(DatasetCheck::violationCount).sum();
  }

  public boolean clean() {
    return violationCount() == 0;
  }

  public void print(PrintStream out) {
    out.printf("disclosure check of %s (k = %d)%n", publishedDir, threshold);
    for (DatasetCheck d : datasets) {
      if (!d.registered()) {
        out.printf(
            "  %-24s %s%n",
            d.dataset(),
            d.violationCount() == 0
                ? "no person counts (not in the disclosure registry)"
                : "HAS A person_count COLUMN BUT NO DISCLOSURE LAYOUT");
      } else {
        out.printf(
            "  %-24s %d row(s) checked, %d violation(s)%n",
            d.dataset(), d.rowsChecked(), d.violationCount());
      }
      for (DisclosureViolation v : d.violations()) {
        out.println("    " + v);
      }
      if (d.violations().size() < d.violationCount()) {
        out.printf("    ... and %d more%n", d.violationCount() - d.violations().size());
      }
    }
    out.println(
        clean()
            ? "Disclosure check passed: no count in 1.."
                + (threshold - 1)
                + " shown, no withheld count recoverable by differencing, every withheld small"
                + " count passes the interval audit."
            : "Disclosure check FAILED: " + violationCount() + " violation(s).");
  }
}
