package org.tipevidence.jobs.ingest;

import java.io.Serializable;

/**
 * One input file to read.
 *
 * @param path absolute URI or path that the executors can open (Hadoop file system syntax)
 * @param label the path relative to the input folder, as shown to users in quarantine and messages
 *     ("submissions/team-a.csv")
 */
public record InputFile(String path, String label, InputFormat format) implements Serializable {

  /** Opens the file, buffered, through Hadoop's file system API (local, hdfs://, object stores). */
  public java.io.InputStream open() {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      org.apache.hadoop.fs.FileSystem fs =
          p.getFileSystem(new org.apache.hadoop.conf.Configuration());
      return new java.io.BufferedInputStream(fs.open(p), 1 << 16);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot open " + path, e);
    }
  }
}
