package org.tipevidence.jobs.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tipevidence.jobs.ingest.IgnoredFile;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.ingest.LinkGuard;

/**
 * The national data folder ({@code --national}, default {@code INPUT/national}) and its adapter
 * sub-folders: {@code glotip/}, {@code opensdg/<country>/data/}, {@code un_sdg/}, {@code sdmx/}.
 * Listing only; file labels read {@code national/<sub-folder>/...} whichever folder was given.
 * Sub-folders may be symbolic links. A missing folder means no national data.
 *
 * @param root the folder, qualified
 * @param fs its file system
 */
public record NationalFolder(Path root, FileSystem fs) {
  public static final String GLOTIP = "glotip";
  public static final String OPENSDG = "opensdg";
  public static final String UN_SDG = "un_sdg";
  public static final String SDMX = "sdmx";
  static final String MSE = "mse";
  static final String LABEL_PREFIX = "national/";

  /**
   * @param nationalDir the folder given with {@code --national}, or null for {@code
   *     inputRoot/national}
   */
  public static NationalFolder of(Path inputRoot, String nationalDir) {
    Path dir = nationalDir == null ? new Path(inputRoot, "national") : new Path(nationalDir);
    try {
      FileSystem fs = dir.getFileSystem(new Configuration());
      return new NationalFolder(fs.makeQualified(dir), fs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GLOTIP exports: {@code glotip/*.csv}. */
  public List<InputFile> glotipFiles() {
    return files(GLOTIP, name -> name.endsWith(".csv"));
  }

  /** Open SDG data files: {@code opensdg/<country>/data/indicator_*.csv}. */
  public List<InputFile> openSdgFiles() {
    List<InputFile> out = new ArrayList<>();
    for (InputFile f : files(OPENSDG, n -> n.startsWith("indicator_") && n.endsWith(".csv"))) {
      String[] parts = f.label().split("/");
      // national/opensdg/<country>/data/indicator_x.csv
      if (parts.length == 5 && parts[3].equals("data")) {
        out.add(f);
      }
    }
    return out;
  }

  /** UN SDG DDF datapoint files: {@code un_sdg/ddf--datapoints--*.csv}. */
  public List<InputFile> unSdgFiles() {
    return files(UN_SDG, n -> n.startsWith("ddf--datapoints--") && n.endsWith(".csv"));
  }

  /** SDMX-CSV files (SDMX 2.1 CSV or SDMX-CSV 2.0, SDG DSD): {@code sdmx/*.csv}. */
  public List<InputFile> sdmxFiles() {
    return files(SDMX, name -> name.endsWith(".csv"));
  }

  /** A small text file (metadata, country.txt) relative to the national folder, if present. */
  public Optional<String> smallText(String relative) {
    Path p = new Path(root, relative);
    try {
      if (!fs.isFile(p)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(p)) {
        return Optional.of(new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private List<InputFile> files(String folder, Predicate<String> nameFilter) {
    List<InputFile> out = new ArrayList<>();
    Path dir = new Path(root, folder);
    try {
      if (fs.isDirectory(dir)) {
        collect(dir, folder, nameFilter, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(InputFile::label));
    return out;
  }

  /**
   * Every file under the national folder that no adapter reads, with why, so none is skipped
   * silently (issue 15.2): hidden and {@code _} names, symbolic links leaving the folder, names and
   * extensions no adapter reads, and files outside the adapter folders.
   *
   * @param read labels of the files the adapters read
   */
  public List<IgnoredFile> unread(Set<String> read) {
    List<IgnoredFile> out = new ArrayList<>();
    try {
      if (fs.isDirectory(root)) {
        walkUnread(root, "", read, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(Comparator.comparing(IgnoredFile::path));
    return out;
  }

  private void walkUnread(Path dir, String relative, Set<String> read, List<IgnoredFile> out)
      throws IOException {
    for (FileStatus status : fs.listStatus(dir)) {
      String name = status.getPath().getName();
      Path p = new Path(dir, name);
      String rel = relative.isEmpty() ? name : relative + "/" + name;
      String label = LABEL_PREFIX + rel;
      String skip = skipReason(name, p);
      if (skip != null) {
        out.add(new IgnoredFile(label, skip));
      } else if (fs.isDirectory(p)) {
        walkUnread(p, rel, read, out);
      } else if (!read.contains(label) && !isAuxiliary(rel)) {
        out.add(new IgnoredFile(label, unreadReason(rel)));
      }
    }
  }

  /** Why an entry is never opened (hidden, '_' name, link leaving the folder), or null. */
  private String skipReason(String name, Path p) {
    if (name.startsWith(".")) {
      return "hidden (name starts with '.'), not read; rename it without the leading '.' if it"
          + " holds data";
    }
    if (name.startsWith("_")) {
      return "name starts with '_', not read by the national adapters; rename it if it holds data";
    }
    // Never follow a link out of the national folder (it could copy any readable file).
    return LinkGuard.outsideReason(root, fs.makeQualified(p));
  }

  /** Files read by name rather than listed: Open SDG metadata and the MSE folder's tables. */
  private static boolean isAuxiliary(String rel) {
    String[] parts = rel.split("/");
    if (parts[0].equals(OPENSDG) && parts.length == 3 && parts[2].equals("country.txt")) {
      return true;
    }
    if (parts[0].equals(OPENSDG) && parts.length == 4 && parts[2].equals("meta")) {
      return true;
    }
    return parts[0].equals(MSE) && rel.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static String unreadReason(String rel) {
    String folder = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
    String expected =
        switch (folder) {
          case GLOTIP -> "glotip/*.csv";
          case OPENSDG -> "opensdg/<country>/data/indicator_*.csv (+ meta/, country.txt)";
          case UN_SDG -> "un_sdg/ddf--datapoints--*.csv";
          case SDMX -> "sdmx/*.csv";
          case MSE -> "mse/*.csv";
          default -> null;
        };
    if (expected == null) {
      return "not in a national adapter folder (glotip/, opensdg/, un_sdg/, sdmx/, mse/), not"
          + " read; move it into the folder of its format";
    }
    return "not a file the national adapters read (they read " + expected + "), not read";
  }

  private void collect(Path dir, String relative, Predicate<String> filter, List<InputFile> out)
      throws IOException {
    for (FileStatus status : fs.listStatus(dir)) {
      String name = status.getPath().getName();
      Path p = new Path(dir, name);
      // Hidden, '_' and refused link entries are listed by unread(), never followed here.
      if (skipReason(name, p) != null) {
        continue;
      }
      if (fs.isDirectory(p)) {
        collect(p, relative + "/" + name, filter, out);
      } else if (filter.test(name.toLowerCase(Locale.ROOT))) {
        out.add(new InputFile(p.toString(), LABEL_PREFIX + relative + "/" + name, InputFormat.CSV));
      }
    }
  }
}
