package org.tipevidence.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.disclosure.DisclosureCheck;
import org.tipevidence.jobs.disclosure.DisclosureRegistry;
import org.tipevidence.jobs.disclosure.DisclosureReport;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;
import org.tipevidence.jobs.publish.Publisher;
import org.tipevidence.jobs.publish.Tier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code disclosure-check}: proves that the current published folder identifies no victim. */
@Command(
    name = "disclosure-check",
    mixinStandardHelpOptions = true,
    description = {
      "Scan OUTPUT/current/published and fail if any fully protected person count lies in",
      "1..k-1, any withheld count can be recovered by differencing along the margins, or the",
      "interval audit (linear programming over margins and labels) narrows a withheld small",
      "count to one value or to an interval reaching neither 0 nor k; each failing cell is",
      "printed with its interval (docs/disclosure.md). Exit 0 when clean, 1 on any violation."
    })
public final class DisclosureCheckCommand implements Callable<Integer> {
  @Mixin RunOutputOption runOutput;

  @Option(
      names = {"--disclosure-threshold", "--threshold"},
      converter = OptionConverters.AtLeastOne.class,
      description =
          "k: counts 1..k-1 must not be published (same option as `run`). Default: the value the"
              + " published run recorded in its manifest, else 5.")
  Integer threshold;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Run configuration (the same JSON file as `run`); options given here win.")
  String config;

  @Option(
      names = "--suppress-zeros",
      description = "Treat published zeros as violations too (when the run suppressed zeros).")
  boolean suppressZeros;

  @Option(
      names = "--max-listed",
      defaultValue = "50",
      description = "Violations listed per dataset (all are counted). Default: ${DEFAULT-VALUE}.")
  int maxListed = DisclosureCheck.DEFAULT_MAX_LISTED;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    String published = publishedFolder(runOutput.output);
    int k = threshold != null ? threshold : recordedThreshold(published);
    return sparkOptions.inSession(
        "tip-evidence disclosure-check",
        spark -> check(spark, published, new SuppressionRule(k, suppressZeros), System.out));
  }

  /** Runs the check on a published folder, prints the report and returns the exit code. */
  public int check(SparkSession spark, String publishedDir, SuppressionRule rule, PrintStream out) {
    DisclosureReport report =
        new DisclosureCheck(spark, DisclosureRegistry.defaults(), rule, maxListed)
            .run(publishedDir);
    report.print(out);
    return report.clean() ? ExitCode.OK : ExitCode.INPUT_REJECTED;
  }

  /**
   * The disclosure threshold the run that published this folder recorded in its manifest ({@code
   * parameters.disclosure_threshold}), or the default 5 when there is none.
   */
  static int recordedThreshold(String publishedDir) {
    Path manifest = new Path(new Path(publishedDir).getParent(), Publisher.MANIFEST);
    try {
      FileSystem fs = manifest.getFileSystem(new Configuration());
      if (!fs.exists(manifest)) {
        return SuppressionRule.DEFAULT_THRESHOLD;
      }
      try (InputStream in = fs.open(manifest)) {
        JsonNode k =
            new ObjectMapper().readTree(in).path("parameters").path("disclosure_threshold");
        return k.canConvertToInt() && k.asInt() >= 1
            ? k.asInt()
            : SuppressionRule.DEFAULT_THRESHOLD;
      }
    } catch (IOException e) {
      throw new UserInputException(
          ExitCode.USAGE, "cannot read " + manifest + " for its disclosure threshold: " + e);
    }
  }

  /**
   * OUTPUT/current/published, or the version named by OUTPUT/_CURRENT where the link is missing
   * (non-local file systems have no link). Reads only; creates nothing.
   */
  static String publishedFolder(String output) {
    try {
      Path root = new Path(output);
      FileSystem fs = root.getFileSystem(new Configuration());
      Path viaLink = new Path(root, Publisher.LINK + "/" + Tier.PUBLISHED.folder());
      if (fs.exists(viaLink)) {
        return viaLink.toString();
      }
      Path pointer = new Path(root, Publisher.POINTER);
      if (fs.exists(pointer)) {
        String version;
        try (InputStream in = fs.open(pointer)) {
          version = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        Path viaPointer = new Path(root, version + "/" + Tier.PUBLISHED.folder());
        if (!version.isEmpty() && fs.exists(viaPointer)) {
          return viaPointer.toString();
        }
      }
    } catch (IOException e) {
      throw new UserInputException(
          ExitCode.USAGE, "cannot read output folder " + output + ": " + e);
    }
    throw new UserInputException(
        ExitCode.USAGE,
        "no published output under "
            + output
            + ": expected "
            + Publisher.LINK
            + "/"
            + Tier.PUBLISHED.folder()
            + " or a "
            + Publisher.POINTER
            + " file naming a version; run `tip-evidence run --output "
            + output
            + "` first");
  }
}
