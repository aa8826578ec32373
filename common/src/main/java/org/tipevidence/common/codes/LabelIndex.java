package org.tipevidence.common.codes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lookups a code list needs: by exact code, and by label (its code, its own label and the
 * aliases seen in real data, compared after {@link Labels#key} clean-up).
 */
final class LabelIndex<E> {
  private final Map<String, E> byCode = new HashMap<>();
  private final Map<String, E> byLabel = new HashMap<>();

  LabelIndex(E[] values, Function<E, String> code, Function<E, String> label) {
    for (E e : values) {
      byCode.put(code.apply(e), e);
      byLabel.put(Labels.key(code.apply(e)), e);
      byLabel.put(Labels.key(label.apply(e)), e);
    }
  }

  /** More labels for {@code e}. */
  void alias(E e, String... labels) {
    for (String l : labels) {
      byLabel.put(Labels.key(l), e);
    }
  }

  /** The entry for an exact code. */
  Optional<E> fromCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The entry for a label already cleaned with {@link Labels#key}, or null. */
  E byKey(String key) {
    return byLabel.get(key);
  }

  /** The entry for a raw label. */
  Optional<E> byLabel(String raw) {
    return Optional.ofNullable(byKey(Labels.key(raw)));
  }
}
