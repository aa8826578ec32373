package org.tipevidence.jobs.cli;

import org.tipevidence.common.evidence.MetaMethod;
import org.tipevidence.jobs.evidence.EvidenceSettings;
import picocli.CommandLine.Option;

/** How {@code run} and {@code validate} pool evidence (docs/evidence.md). */
public final class EvidenceOptions {
  @Option(
      names = "--pooling-method",
      defaultValue = "reml",
      converter = OptionConverters.PoolingMethod.class,
      description =
          "Evidence pooling: ee (equal effects), dl, reml, pm (Paule-Mandel), sj (Sidik-Jonkman)."
              + " Default: ${DEFAULT-VALUE}.")
  MetaMethod poolingMethod;

  @Option(
      names = "--knapp-hartung",
      defaultValue = "false",
      fallbackValue = "true",
      arity = "0..1",
      description = "Knapp-Hartung SE and t(k-1) intervals for pooled cells. Default: false.")
  boolean knappHartung;

  @Option(
      names = "--md-pooled-sd",
      defaultValue = "false",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "Mean differences with the pooled-SD variance sp²(1/n1+1/n2) instead of separate SDs."
              + " Default: false.")
  boolean mdPooledSd;

  @Option(
      names = "--drop-double-zero",
      defaultValue = "true",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "Leave studies with no events in either arm out of log OR / log RR pools (they stay in"
              + " evidence_effects, flagged); --drop-double-zero=false keeps them. Default: true.")
  boolean dropDoubleZero;

  EvidenceSettings settings() {
    return new EvidenceSettings(poolingMethod, knappHartung, mdPooledSd, dropDoubleZero);
  }
}
