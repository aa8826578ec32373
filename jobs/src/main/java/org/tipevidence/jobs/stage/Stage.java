package org.tipevidence.jobs.stage;

/**
 * One step of the pipeline: a function from its inputs to its result record. A stage is built with
 * what stays fixed for a run (session, settings, sink) and receives everything that earlier stages
 * produced as {@code inputs}; it keeps nothing between calls, so the pipeline's order is the only
 * thing that connects stages.
 *
 * @param <I> what the stage reads (earlier results, input files)
 * @param <R> what it returns (usually a record; {@link CheckedInput} for an input's checked rows)
 */
public interface Stage<I, R> {
  /** The stage's name: its key in the manifest's {@code timings_ms} and its Spark job group. */
  String name();

  R apply(I inputs);
}
