package org.tipevidence.jobs.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.ingest.InputFile;

/** Issue 15 item 7: a link out of the national folder is never followed; one inside is. */
class NationalLinksTest {
  @Test
  void linksLeavingTheFolderAreRefused(@TempDir Path input) throws Exception {
    Path glotip = Files.createDirectories(input.resolve("national/glotip"));
    Files.writeString(glotip.resolve("real.csv"), "a\n");
    Files.createSymbolicLink(glotip.resolve("passwd.csv"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(glotip.resolve("inside.csv"), Path.of("real.csv"));
    List<String> read =
        NationalFolder.of(new org.apache.hadoop.fs.Path(input.toUri()), null).glotipFiles().stream()
            .map(InputFile::label)
            .toList();
    assertEquals(2, read.size(), read.toString());
    assertEquals(false, read.stream().anyMatch(l -> l.endsWith("passwd.csv")), read.toString());
  }
}
