/**
 * Statistical disclosure control for published person counts (docs/disclosure.md).
 *
 * <ul>
 *   <li>{@link org.tipevidence.common.disclosure.SuppressionRule}: primary suppression of counts in
 *       1..k-1 (and 0 when configured).
 *   <li>{@link org.tipevidence.common.disclosure.DisclosureTable}: one table instance, cells keyed
 *       by dimension codes, where the code {@code _T} is the margin (total) over that dimension;
 *       every set of cells differing in one dimension only, with its total, is one margin equation
 *       (total = sum of parts), whether or not the published figures actually add up.
 *   <li>{@link org.tipevidence.common.disclosure.ComplementarySuppression}: the deterministic rule
 *       that suppresses further cells until no suppressed cell can be recovered.
 *   <li>{@link org.tipevidence.common.disclosure.DifferencingAttack}: the attack the rule defends
 *       against, used by tests and by the {@code disclosure-check} command.
 * </ul>
 */
package org.tipevidence.common.disclosure;
