package org.tipevidence.jobs.pipeline;

import java.util.List;
import org.tipevidence.jobs.evidence.EvidenceOutputs;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.stage.Stage;

/** The evidence stage's published tables, written. */
record WriteEvidence(DatasetSink sink) implements Stage<EvidenceOutputs, Stored> {
  @Override
  public String name() {
    return "write evidence";
  }

  @Override
  public Stored apply(EvidenceOutputs evidence) {
    return new Stored(
        List.of(
            sink.store(
                new OutputDataset(
                    "evidence_effects", Tier.PUBLISHED, List.of(), evidence.effects())),
            sink.store(
                new OutputDataset(
                    "evidence_synthesis", Tier.PUBLISHED, List.of(), evidence.synthesis())),
            sink.store(
                new OutputDataset(
                    "evidence_gap_map", Tier.PUBLISHED, List.of(), evidence.gapMap()))));
  }
}
