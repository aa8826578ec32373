package org.tipevidence.common.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * An SDG target, e.g. {@code 16.2}.
 *
 * @param code target code
 * @param goal goal number (5, 8, 10, 16, 17)
 * @param text official target text
 * @param indicators its indicators (official first, then complementary), in catalogue order
 */
public record SdgTarget(String code, int goal, String text, List<SdgIndicator> indicators) {
  public SdgTarget {
    Objects.requireNonNull(code, "code");
    indicators = List.copyOf(indicators);
  }
}
