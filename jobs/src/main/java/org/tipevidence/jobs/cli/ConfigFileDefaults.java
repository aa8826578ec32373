package org.tipevidence.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tipevidence.common.config.RunConfig;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --config FILE} as picocli defaults: each key fills the option of the same name (dashes as
 * underscores) unless the command line gives it, and goes through the option's own converter, so a
 * bad value fails at parse time exactly as on the command line. The allowed keys are the options of
 * {@code run}, {@code validate} and {@code disclosure-check}, so one file serves all three.
 */
final class ConfigFileDefaults implements IDefaultValueProvider {
  static final List<String> COMMANDS = List.of("run", "validate", "disclosure-check");
  private static final Set<String> NOT_CONFIGURABLE = Set.of("config", "help", "version");

  private final Map<String, String> values;

  private ConfigFileDefaults(Map<String, String> values) {
    this.values = values;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    return arg instanceof OptionSpec o ? values.get(key(o.longestName())) : null;
  }

  /** {@code --pooling-method} → {@code pooling_method}. */
  static String key(String optionName) {
    return optionName.replaceFirst("^-+", "").replace('-', '_').toLowerCase(Locale.ROOT);
  }

  /**
   * When {@code args} name one of {@link #COMMANDS} with {@code --config FILE}, reads the file and
   * installs it as that subcommand's default provider.
   *
   * @throws UserInputException (exit 2) when the file cannot be read, is not a flat JSON object, or
   *     has a key that is no option
   */
  static void install(CommandLine root, String[] args) {
    String command = null;
    String file = null;
    for (int i = 0; i < args.length; i++) {
      if (command == null) {
        if (COMMANDS.contains(args[i])) {
          command = args[i];
        }
      } else if (args[i].equals("--config") && i + 1 < args.length) {
        file = args[i + 1];
      } else if (args[i].startsWith("--config=")) {
        file = args[i].substring("--config=".length());
      }
    }
    if (file == null) {
      return;
    }
    String json;
    try {
      json = Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UserInputException(ExitCode.USAGE, "cannot read --config " + file + ": " + e);
    }
    RunConfig config;
    try {
      config = RunConfig.parse(file, json, allowedKeys(root));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(ExitCode.USAGE, "--config " + e.getMessage());
    }
    root.getSubcommands()
        .get(command)
        .setDefaultValueProvider(new ConfigFileDefaults(config.values()));
  }

  private static Set<String> allowedKeys(CommandLine root) {
    Set<String> keys = new TreeSet<>();
    for (String name : COMMANDS) {
      for (OptionSpec o : root.getSubcommands().get(name).getCommandSpec().options()) {
        for (String alias : o.names()) {
          if (alias.startsWith("--") && !NOT_CONFIGURABLE.contains(key(alias))) {
            keys.add(key(alias));
          }
        }
      }
    }
    return keys;
  }
}
