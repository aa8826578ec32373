package org.tipevidence.common.iati;

/**
 * An IATI file that cannot be read as XML (not well-formed, a DTD, not an {@code iati-activities}
 * file), with the line and column where the parser stopped.
 */
public final class IatiXmlException extends RuntimeException {
  private final long line;
  private final long column;

  public IatiXmlException(String message, long line, long column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /** "line L, column C: message", the form the quarantine reason carries. */
  public String describe() {
    return "line " + line + ", column " + column + ": " + getMessage();
  }
}
