package org.tipevidence.jobs.failure;

/** A problem the user can fix (bad option, missing file); carries the exit code to use. */
public class UserInputException extends RuntimeException {
  private final int exitCode;

  public UserInputException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
