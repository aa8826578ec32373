package org.tipevidence.jobs.pipeline;

import java.util.List;
import org.tipevidence.jobs.evidence.EvidenceOutputs;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.stage.Stage;

/**
 * The evidence stage's published tables, written. The gap map is built on the stored effects and
 * synthesis, so the cells are pooled once (in the synthesis write) and read back, not pooled again.
 */
record WriteEvidence(DatasetSink sink) implements Stage<EvidenceOutputs, Stored> {
  @Override
  public String name() {
    return "write evidence";
  }

  @Override
  public Stored apply(EvidenceOutputs evidence) {
    OutputDataset effects =
        sink.store(
            new OutputDataset("evidence_effects", Tier.PUBLISHED, List.of(), evidence.effects()));
    OutputDataset synthesis =
        sink.store(
            new OutputDataset(
                "evidence_synthesis", Tier.PUBLISHED, List.of(), evidence.synthesis()));
    OutputDataset gapMap =
        sink.store(
            new OutputDataset(
                "evidence_gap_map",
                Tier.PUBLISHED,
                List.of(),
                EvidenceOutputs.gapMap(effects.data(), synthesis.data())));
    return new Stored(List.of(effects, synthesis, gapMap));
  }
}
