package org.tipevidence.jobs.ingest;

import java.io.Serializable;

/**
 * One input file to read.
 *
 * @param path absolute URI or path that the executors can open (Hadoop file system syntax)
 * @param label the path relative to the input folder, as shown to users in quarantine and messages
 *     ("submissions/team-a.csv")
 */
public record InputFile(String path, String label, InputFormat format) implements Serializable {}
