/**
 * Evidence synthesis: the study/evaluation vocabularies, study-level effect sizes and
 * inverse-variance meta-analysis, reproducing metafor ({@code escalc}, {@code rma.uni}).
 *
 * <p>Conventions every class here shares:
 *
 * <ul>
 *   <li>Effects are intervention (arm 1) minus comparator (arm 2); ratio measures live on the log
 *       scale, so the null is always 0. {@link org.tipevidence.common.evidence.Outcome} says which
 *       sign is good news.
 *   <li>Bad study data is returned as {@link org.tipevidence.common.evidence.EffectResult.Invalid}
 *       with an {@link org.tipevidence.common.evidence.EffectReason}; exceptions mean a caller bug.
 *   <li>Numbers that do not apply are NaN (map them to null in Parquet), never 0.
 *   <li>Intervals are 95%, with z = qnorm(0.975) or t_{k-1} under Knapp-Hartung.
 * </ul>
 */
package org.tipevidence.common.evidence;
