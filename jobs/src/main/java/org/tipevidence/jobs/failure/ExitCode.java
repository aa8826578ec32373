package org.tipevidence.jobs.failure;

/** Process exit codes (a contract with schedulers; see README "Exit codes"). */
public final class ExitCode {
  public static final int OK = 0;
  public static final int INPUT_REJECTED = 1;
  public static final int USAGE = 2;
  public static final int RUNTIME_FAILURE = 3;

  private ExitCode() {}
}
