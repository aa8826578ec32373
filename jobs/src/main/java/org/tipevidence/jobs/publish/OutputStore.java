package org.tipevidence.jobs.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The few file operations publication needs, with the atomicity each one promises. Local folders
 * use java.nio (exclusive create, rename(2) over an existing name); other file systems use Hadoop's
 * FileContext, whose rename with OVERWRITE is atomic on HDFS.
 */
public final class OutputStore {
  private final Path root;
  private final FileSystem fs;
  private final boolean local;

  public OutputStore(String outputDir) {
    try {
      Path p = new Path(outputDir);
      this.fs = p.getFileSystem(new Configuration());
      this.root = fs.makeQualified(p);
      this.local = "file".equals(root.toUri().getScheme());
      fs.mkdirs(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use output folder " + outputDir, e);
    }
  }

  public Path root() {
    return root;
  }

  public Path resolve(String relative) {
    return new Path(root, relative);
  }

  private java.nio.file.Path nio(Path p) {
    return java.nio.file.Path.of(p.toUri());
  }

  /** Creates {@code path} with {@code text} only if it does not exist; false if it does. */
  public boolean createExclusive(Path path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (local) {
        try (OutputStream out = Files.newOutputStream(nio(path), StandardOpenOption.CREATE_NEW)) {
          out.write(bytes);
        }
        return true;
      }
      try (OutputStream out = fs.create(path, false)) {
        out.write(bytes);
      }
      return true;
    } catch (FileAlreadyExistsException | org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (!local && exists(path)) {
        return false;
      }
      throw new UncheckedIOException("cannot create " + path, e);
    }
  }

  public Optional<String> readText(Path path) {
    try {
      if (!exists(path)) {
        return Optional.empty();
      }
      try (InputStream in = local ? Files.newInputStream(nio(path)) : fs.open(path)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Writes text to a temporary sibling, then renames it over {@code target} atomically. */
  public void replaceAtomically(Path target, String text) {
    Path tmp =
        new Path(
            target.getParent(), "." + target.getName() + ".tmp-" + ProcessHandle.current().pid());
    try {
      if (local) {
        Files.writeString(nio(tmp), text, StandardCharsets.UTF_8);
        Files.move(
            nio(tmp),
            nio(target),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } else {
        try (OutputStream out = fs.create(tmp, true)) {
          out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        FileContext.getFileContext(root.toUri(), fs.getConf())
            .rename(tmp, target, Options.Rename.OVERWRITE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + target, e);
    }
  }

  /** Points a {@code current} symbolic link at {@code versionName} (local folders only). */
  public void repointSymlink(String linkName, String versionName) {
    if (!local) {
      return;
    }
    java.nio.file.Path link = nio(resolve(linkName));
    java.nio.file.Path tmp =
        link.resolveSibling("." + linkName + ".tmp-" + ProcessHandle.current().pid());
    try {
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, java.nio.file.Path.of(versionName));
      Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot point " + link + " at " + versionName, e);
    }
  }

  /** Renames a folder; the target must not exist. Atomic on POSIX file systems and HDFS. */
  public void renameDirectory(Path from, Path to) {
    try {
      if (local) {
        Files.move(nio(from), nio(to), StandardCopyOption.ATOMIC_MOVE);
      } else if (!fs.rename(from, to)) {
        throw new IOException("rename returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + from + " to " + to, e);
    }
  }

  /** Where the {@code current} link points, if it is a link (local folders only). */
  public Optional<String> symlinkTarget(String linkName) {
    if (!local) {
      return Optional.empty();
    }
    java.nio.file.Path link = nio(resolve(linkName));
    try {
      return Files.isSymbolicLink(link)
          ? Optional.of(Files.readSymbolicLink(link).toString())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public boolean exists(Path path) {
    try {
      return local ? Files.exists(nio(path)) : fs.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void deleteRecursively(Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  public void delete(Path path) {
    try {
      if (local) {
        Files.deleteIfExists(nio(path));
      } else {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  /** Names of the entries directly under {@code dir} ("" for none). */
  public List<String> list(Path dir) {
    List<String> names = new ArrayList<>();
    try {
      if (!fs.exists(dir)) {
        return names;
      }
      for (FileStatus status : fs.listStatus(dir)) {
        names.add(status.getPath().getName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(String::compareTo);
    return names;
  }

  public FileSystem fileSystem() {
    return fs;
  }
}
