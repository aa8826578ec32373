package org.tipevidence.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tipevidence.common.evidence.MetaMethod;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.mse.MseSettings;
import org.tipevidence.jobs.pipeline.RunOptions;
import picocli.CommandLine;

/**
 * Every run option from the command line and from {@code --config}, and the parse-time errors (exit
 * 2, one line naming the option and the fix). Parsing only: no Spark starts.
 */
class RunOptionsCliTest {
  @TempDir Path dir;

  private static RunOptions parse(String... args) {
    CommandLine cli = TipEvidence.commandLine(args);
    cli.parseArgs(args);
    RunCommand run = cli.getSubcommands().get("run").getCommand();
    return run.options();
  }

  private static String[] run(String... more) {
    String[] base = {"run", "--input", "in", "--output", "out"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** Exit code and the error text of a command that must fail before any work. */
  private static Result fail(String... args) {
    StringWriter err = new StringWriter();
    int code = TipEvidence.execute(new PrintWriter(err, true), args);
    return new Result(code, err.toString().strip());
  }

  record Result(int code, String err) {}

  @Test
  void defaultsAreTheDocumentedOnes() {
    RunOptions o = parse(run());
    assertEquals("open_sdg", o.progress().method().name());
    assertEquals(2015, o.progress().baseYear());
    assertEquals(MetaMethod.REML, o.evidence().method());
    assertFalse(o.evidence().knappHartung());
    assertFalse(o.evidence().mdPooledSd());
    assertTrue(o.evidence().dropDoubleZero());
    assertEquals(MseSettings.defaults(), o.mse());
    assertEquals(5, o.keepVersions());
    assertEquals(5, o.disclosureThreshold());
  }

  @Test
  void everyOptionFromTheCommandLine() {
    RunOptions o =
        parse(
            run(
                "--progress-method",
                "unsd_2022",
                "--base-year",
                "2016",
                "--run-date",
                "2026-03-01",
                "--national",
                "nat",
                "--pooling-method",
                "pm",
                "--knapp-hartung",
                "--md-pooled-sd",
                "--drop-double-zero=false",
                "--mse-seed",
                "7",
                "--mse-replicates",
                "0",
                "--mse-stepwise-threshold",
                "0.05",
                "--mse-model-selection",
                "main_effects",
                "--keep-versions",
                "3",
                "--disclosure-threshold",
                "10"));
    assertEquals("unsd_2022", o.progress().method().name());
    assertEquals(2016, o.progress().baseYear());
    assertEquals(LocalDate.of(2026, 3, 1), o.runDate());
    assertEquals("nat", o.nationalDir());
    assertEquals(MetaMethod.PM, o.evidence().method());
    assertTrue(o.evidence().knappHartung());
    assertTrue(o.evidence().mdPooledSd());
    assertFalse(o.evidence().dropDoubleZero());
    assertEquals(new MseSettings(7, 0, 0.05, MseSettings.ModelSelection.MAIN_EFFECTS), o.mse());
    assertEquals(0.0, o.mse().effectiveThreshold());
    assertEquals(3, o.keepVersions());
    assertEquals(10, o.disclosureThreshold());
  }

  @Test
  void configFileFillsWhatTheCommandLineDoesNotGive() throws IOException {
    Path config = dir.resolve("run.json");
    Files.writeString(
        config,
        """
        {"pooling_method": "sj", "knapp_hartung": true, "md_pooled_sd": true,
         "drop_double_zero": false, "mse_seed": 11, "mse_replicates": 50,
         "mse_stepwise_threshold": 0.1, "mse_model_selection": "stepwise",
         "progress_method": "expected_2030", "base_year": 2017, "run_date": "2026-01-31",
         "national": "n", "keep_versions": 4, "disclosure_threshold": 6}
        """);
    RunOptions o = parse(run("--config", config.toString(), "--keep-versions", "9"));
    assertEquals(MetaMethod.SJ, o.evidence().method());
    assertTrue(o.evidence().knappHartung());
    assertTrue(o.evidence().mdPooledSd());
    assertFalse(o.evidence().dropDoubleZero());
    assertEquals(new MseSettings(11, 50, 0.1, MseSettings.ModelSelection.STEPWISE), o.mse());
    assertEquals("expected_2030", o.progress().method().name());
    assertEquals(2017, o.progress().baseYear());
    assertEquals(LocalDate.of(2026, 1, 31), o.runDate());
    assertEquals("n", o.nationalDir());
    assertEquals(9, o.keepVersions(), "the command line wins");
    assertEquals(6, o.disclosureThreshold());
  }

  @Test
  void manifestKeysAreConfigKeys() throws IOException {
    // Everything the manifest records can be replayed as a --config file.
    RunOptions first = parse(run("--pooling-method", "dl", "--mse-replicates", "10"));
    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(first.effectiveValues());
    values.keySet().removeAll(List.of("input", "output", "national"));
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(values);
    Path config = dir.resolve("replay.json");
    Files.writeString(config, json);
    assertEquals(first, parse(run("--config", config.toString())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--pooling-method, hs, --pooling-method, 'ee, dl, reml, pm, sj'",
    "--progress-method, sdsn, --progress-method, 'open_sdg'",
    "--keep-versions, 0, --keep-versions, at least 1",
    "--disclosure-threshold, -2, --disclosure-threshold, at least 1",
    "--base-year, 1800, --base-year, between 1900 and 2100",
    "--mse-replicates, 200000, --mse-replicates, up to 100000",
    "--mse-stepwise-threshold, 1.5, --mse-stepwise-threshold, '[0, 1]'",
    "--mse-model-selection, aic, --mse-model-selection, 'stepwise, main_effects'",
    "--run-date, 2026-13-01, --run-date, ''",
  })
  void badValuesFailAtParseTimeNamingTheOptionAndTheFix(
      String option, String value, String named, String fix) {
    Result r = fail(run(option, value));
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(named), r.err());
    assertTrue(r.err().contains(fix), r.err());
  }

  @Test
  void badConfigValueFailsTheSameWay() throws IOException {
    Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"pooling_method\": \"bayes\"}");
    Result r = fail(run("--config", config.toString()));
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("--pooling-method") && r.err().contains("reml"), r.err());
  }

  @Test
  void unknownConfigKeyIsAUsageError() throws IOException {
    Path config = dir.resolve("typo.json");
    Files.writeString(config, "{\"pooling_methd\": \"pm\"}");
    Result r = fail(run("--config", config.toString()));
    assertEquals(ExitCode.USAGE, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("pooling_methd: unknown option"), r.err());
    assertTrue(r.err().contains("pooling_method"), "lists the allowed keys: " + r.err());
  }

  @Test
  void validateReadsTheSameMethodOptions() {
    String[] args = {"validate", "--input", "in", "--progress-method", "unsd_2022"};
    CommandLine cli = TipEvidence.commandLine(args);
    cli.parseArgs(args);
    ValidateCommand validate = cli.getSubcommands().get("validate").getCommand();
    assertEquals("unsd_2022", validate.methods.progressMethod.name());
    assertEquals(ExitCode.USAGE, fail("validate", "--input", "in", "--pooling-method", "x").code());
  }

  @Test
  void disclosureCheckTakesTheRunOptionNameAndKeepsTheOldOne() {
    for (String name : List.of("--disclosure-threshold", "--threshold")) {
      String[] args = {"disclosure-check", "--output", "o", name, "7"};
      CommandLine cli = TipEvidence.commandLine(args);
      cli.parseArgs(args);
      DisclosureCheckCommand c = cli.getSubcommands().get("disclosure-check").getCommand();
      assertEquals(7, c.threshold);
    }
    assertEquals(
        ExitCode.USAGE, fail("disclosure-check", "--output", "o", "--threshold", "0").code());
  }

  @Test
  void disclosureCheckDefaultsToTheThresholdThePublishedRunRecorded() throws IOException {
    Path version = Files.createDirectories(dir.resolve("v1/published"));
    assertEquals(5, DisclosureCheckCommand.recordedThreshold(version.toString()), "no manifest");
    Files.writeString(
        dir.resolve("v1/_manifest.json"), "{\"parameters\": {\"disclosure_threshold\": 8}}");
    assertEquals(8, DisclosureCheckCommand.recordedThreshold(version.toString()));
  }
}
