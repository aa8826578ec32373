/**
 * Multiple systems estimation (MSE) of the total number of trafficking victims from list-overlap
 * data, reproducing SparseMSE 2.0.1's defaults (see {@code shared/methods-mse.md}).
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * CaptureHistoryTable table = CaptureHistoryTable.parse(reader);   // MseInputException if bad
 * MseResult result = new MseEstimator().estimate(table);           // stepwise, Wald, warnings
 *
 * // Bootstrap (BCa): replicates are independent and indexed, so they can run anywhere.
 * MseBootstrap boot = new MseBootstrap(table);                      // Serializable
 * double[] reps = ...;  // reps[i] = boot.replicate(seed, i), i = 0..999, e.g. on Spark executors
 * double a = Bca.acceleration(table.counts(), boot.jackknife());
 * BootstrapResult bca = BootstrapResult.of(seed, result.estimate(), reps, a);
 * }</pre>
 *
 * <p>Pieces: {@link org.tipevidence.common.mse.PoissonGlm} (IRLS), {@link
 * org.tipevidence.common.mse.ModelFit} (model with a set of pairs, empty pairs at −∞), {@link
 * org.tipevidence.common.mse.Admissibility} (LP existence and rank checks), {@link
 * org.tipevidence.common.mse.StepwiseSelection}, {@link org.tipevidence.common.mse.Bca}.
 */
package org.tipevidence.common.mse;
