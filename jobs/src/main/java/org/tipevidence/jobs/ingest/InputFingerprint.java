package org.tipevidence.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Size and SHA-256 of each input file. Taken before the run reads anything and checked again before
 * publication: if any input changed in between, the run fails rather than publish outputs computed
 * from a mix of old and new content.
 */
public record InputFingerprint(String label, long bytes, String sha256) {

  public static List<InputFingerprint> of(FileSystem fs, List<InputFile> files) {
    List<InputFingerprint> prints = new ArrayList<>();
    for (InputFile file : files) {
      prints.add(of(fs, file));
    }
    return prints;
  }

  /** Labels of the files added, removed or changed between two fingerprintings, sorted. */
  public static List<String> changed(List<InputFingerprint> before, List<InputFingerprint> after) {
    java.util.Set<InputFingerprint> old = new java.util.HashSet<>(before);
    java.util.Set<InputFingerprint> now = new java.util.HashSet<>(after);
    java.util.TreeSet<String> labels = new java.util.TreeSet<>();
    before.stream().filter(p -> !now.contains(p)).forEach(p -> labels.add(p.label()));
    after.stream().filter(p -> !old.contains(p)).forEach(p -> labels.add(p.label()));
    return List.copyOf(labels);
  }

  static InputFingerprint of(FileSystem fs, InputFile file) {
    try (InputStream in = fs.open(new Path(file.path()))) {
      return of(file.label(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.label(), e);
    }
  }

  /** Size and SHA-256 of everything {@code in} holds (read to its end, not closed). */
  public static InputFingerprint of(String label, InputStream in) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
        total += n;
      }
      return new InputFingerprint(label, total, HexFormat.of().formatHex(sha.digest()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
