package org.tipevidence.jobs.cli;

import java.util.List;
import org.tipevidence.jobs.ingest.InputLimits;
import picocli.CommandLine.Option;

/** What the readers of {@code run} and {@code validate} accept: record size, symbolic links. */
public final class InputLimitOptions {
  @Option(
      names = "--max-record-bytes",
      defaultValue = "${sys:tip.evidence.maxRecordBytes:-1048576}",
      converter = OptionConverters.PositiveLong.class,
      description =
          "Longest record (UTF-8 bytes); a longer one is quarantined as malformed_record."
              + " Default: ${DEFAULT-VALUE} (1 MiB).")
  long maxRecordBytes;

  @Option(
      names = "--allow-outside-links",
      defaultValue = "${sys:tip.evidence.allowOutsideLinks:-false}",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "Follow symbolic links under the input folder wherever they lead. Default: false (links"
              + " leaving the folder are listed as ignored).")
  boolean allowOutsideLinks;

  @Option(
      names = "--allow-links-into",
      paramLabel = "DIR",
      split = ":",
      defaultValue = "${sys:tip.evidence.allowLinksInto:-}",
      description =
          "Folder that symbolic links under the input folder may lead into (repeatable, or"
              + " DIR:DIR). Default: none.")
  List<String> allowLinksInto;

  InputLimits limits() {
    return new InputLimits(maxRecordBytes, allowOutsideLinks, allowLinksInto);
  }
}
