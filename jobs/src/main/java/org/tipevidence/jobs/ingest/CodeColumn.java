package org.tipevidence.jobs.ingest;

import java.io.Serializable;
import org.tipevidence.common.codes.CodeList;

/** A column added at read time: the normalised code of {@code source}'s label in {@code list}. */
public record CodeColumn(String name, String source, CodeList list) implements Serializable {}
