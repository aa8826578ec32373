package org.tipevidence.jobs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;
import org.tipevidence.jobs.publish.Publisher;
import org.tipevidence.jobs.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: rebuilds published/report/index.html of a published version. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the run report (published/report/index.html) of a published version from its",
      "published datasets and manifest; the previous version, if kept, is compared with it."
    })
public final class ReportCommand implements Callable<Integer> {
  @Mixin RunOutputOption runOutput;

  @Option(
      names = "--version",
      description = "Version folder, e.g. v=20261128T144525Z-105036. Default: the current one.")
  String version;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() throws IOException {
    String output = runOutput.output;
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(new Configuration());
    List<String> versions = versions(fs, root);
    String chosen = version != null ? version : current(fs, root);
    if (chosen == null || !versions.contains(chosen)) {
      throw new UserInputException(
          ExitCode.USAGE,
          "no published version "
              + (chosen == null ? "is current" : chosen)
              + " under "
              + output
              + "; kept versions: "
              + (versions.isEmpty() ? "none (run `tip-evidence run` first)" : versions));
    }
    int at = versions.indexOf(chosen);
    Optional<Path> previous =
        at > 0 ? Optional.of(new Path(root, versions.get(at - 1))) : Optional.empty();
    Path versionDir = new Path(root, chosen);
    sparkOptions.inSession(
        "tip-evidence report",
        spark -> {
          RunReport.write(spark, versionDir, previous);
          return versionDir;
        });
    System.out.println("wrote " + RunReport.target(versionDir));
    return ExitCode.OK;
  }

  /** Published version folders, oldest first (run ids sort by time). */
  private static List<String> versions(FileSystem fs, Path root) throws IOException {
    List<String> names = new ArrayList<>();
    if (fs.exists(root)) {
      for (FileStatus s : fs.listStatus(root)) {
        String n = s.getPath().getName();
        if (s.isDirectory() && n.startsWith(Publisher.VERSION_PREFIX)) {
          names.add(n);
        }
      }
    }
    names.sort(String::compareTo);
    return names;
  }

  private static String current(FileSystem fs, Path root) throws IOException {
    Path pointer = new Path(root, Publisher.POINTER);
    if (!fs.exists(pointer)) {
      return null;
    }
    try (InputStream in = fs.open(pointer)) {
      String v = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      return v.isEmpty() ? null : v;
    }
  }
}
