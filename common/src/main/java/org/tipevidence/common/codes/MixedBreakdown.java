package org.tipevidence.common.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value of a mixed-dimension column (Open SDG {@code Disaggregation Level}: {@code Total}, {@code
 * Male}, {@code 17 Years and Under}, {@code Sexual exploitation} in one column), resolved value by
 * value against the sex, age and form-of-exploitation code lists and their label vocabulary. A
 * blank, {@code Total} or {@code All} is the total; a label that two lists claim with different
 * meanings ({@code Other}: sex _O or form OTH_PUR) is ambiguous, never guessed.
 *
 * @param dimension {@code total}, {@code sex}, {@code age}, {@code form}; null when unmatched or
 *     ambiguous
 * @param code the code in that dimension's list ({@code _T} for the total)
 * @param candidates for an ambiguous label, each reading as {@code dimension code}
 */
public record MixedBreakdown(String dimension, String code, List<String> candidates) {
  public static final String TOTAL = "total";
  public static final String SEX = "sex";
  public static final String AGE = "age";
  public static final String FORM = "form";

  public boolean resolved() {
    return dimension != null;
  }

  public boolean ambiguous() {
    return candidates.size() > 1;
  }

  /** Resolves one cell; see the class comment. */
  public static MixedBreakdown resolve(String raw) {
    List<String[]> parts = new ArrayList<>();
    boolean total = false;
    Optional<String> sex = Sex.normalise(raw).map(Sex::code);
    Optional<String> age = AgeGroup.normalise(raw).map(AgeGroup::code);
    Optional<String> form = ExploitationForm.normalise(raw).map(ExploitationForm::code);
    String[][] readings = {
      {SEX, sex.orElse(null)}, {AGE, age.orElse(null)}, {FORM, form.orElse(null)}
    };
    for (String[] r : readings) {
      if ("_T".equals(r[1])) {
        total = true;
      } else if (r[1] != null) {
        parts.add(r);
      }
    }
    if (parts.size() == 1) {
      return new MixedBreakdown(parts.get(0)[0], parts.get(0)[1], List.of());
    }
    if (parts.isEmpty() && total) {
      return new MixedBreakdown(TOTAL, "_T", List.of());
    }
    List<String> candidates = parts.stream().map(p -> p[0] + " " + p[1]).toList();
    return new MixedBreakdown(null, null, candidates);
  }

  /**
   * A compact text form for query literals: {@code sex=F}, {@code total=_T}, {@code ?sex _O|form
   * OTH_PUR} (ambiguous); empty when nothing matches.
   */
  public static Optional<String> encoded(String raw) {
    MixedBreakdown b = resolve(raw);
    if (b.resolved()) {
      return Optional.of(b.dimension + "=" + b.code);
    }
    return b.ambiguous() ? Optional.of("?" + String.join("|", b.candidates)) : Optional.empty();
  }
}
