package org.tipevidence.jobs.cli;

import java.io.PrintWriter;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.FailureMessage;
import org.tipevidence.jobs.failure.UserInputException;
import org.tipevidence.jobs.pipeline.CodeVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point for bin/tip-evidence and spark-submit. */
@Command(
    name = "tip-evidence",
    mixinStandardHelpOptions = true,
    versionProvider = CodeVersion.class,
    description = "Evidence-base analytics for anti-trafficking programme evaluation.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      GenerateCommand.class,
      CatalogueCommand.class,
      DisclosureCheckCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 input rejected by validation policy, 2 usage or configuration"
          + " error, 3 runtime failure."
    })
public final class TipEvidence implements Runnable {
  private static final org.apache.logging.log4j.Logger LOG =
      org.apache.logging.log4j.LogManager.getLogger(TipEvidence.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  public static void main(String[] args) {
    FatalTaskExit.install();
    int code = execute(args);
    // Spark leaves non-daemon threads behind; exit explicitly so schedulers see the code.
    System.exit(code);
  }

  /** Runs a command and returns its exit code without exiting (tests call this). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.err, true), args);
  }

  /** As {@link #execute(String...)} with errors written to {@code err}. */
  static int execute(PrintWriter err, String... args) {
    CommandLine cli;
    try {
      cli = commandLine(args);
    } catch (UserInputException u) {
      err.println("error: " + u.getMessage());
      return u.exitCode();
    }
    cli.setErr(err);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli rethrows Errors; memory may be short, so keep this path allocation-light.
      err.println("error: runtime failure: " + FailureMessage.outOfMemory());
      return ExitCode.RUNTIME_FAILURE;
    }
  }

  /**
   * The command line with its handlers and, when {@code args} give {@code --config}, that file as
   * the defaults of the named command.
   *
   * @throws UserInputException (exit 2) when the configuration file is unreadable or has an unknown
   *     key
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new TipEvidence());
    // One line naming the option and the fix, not the whole usage text.
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          e.getCommandLine()
              .getErr()
              .println(
                  "error: "
                      + e.getMessage()
                      + " (see `tip-evidence "
                      + e.getCommandLine().getCommandName()
                      + " --help`)");
          return ExitCode.USAGE;
        });
    ConfigFileDefaults.install(cli, args);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UserInputException u) {
            commandLine.getErr().println("error: " + u.getMessage());
            return u.exitCode();
          }
          // One line for people; the stack trace only in the log, at debug level.
          commandLine.getErr().println("error: runtime failure: " + FailureMessage.describe(e));
          LOG.debug("stack trace of the runtime failure", e);
          return ExitCode.RUNTIME_FAILURE;
        });
    return cli;
  }
}
