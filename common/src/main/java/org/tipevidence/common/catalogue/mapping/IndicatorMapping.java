package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A checked indicator mapping (file format: see {@link MappingChecker}).
 *
 * @param mappingVersion the file's {@code mapping_version}
 * @param indicators entries in file order
 */
public record IndicatorMapping(String mappingVersion, List<MappedIndicator> indicators) {

  public IndicatorMapping {
    Objects.requireNonNull(mappingVersion, "mappingVersion");
    indicators = List.copyOf(indicators);
  }

  /** The entry for a local code (first one if the mapping was not checked). */
  public Optional<MappedIndicator> byLocalCode(String localCode) {
    return indicators.stream().filter(m -> m.localCode().equals(localCode)).findFirst();
  }

  /** Entries keyed by local code, in file order. */
  public Map<String, MappedIndicator> byLocalCode() {
    Map<String, MappedIndicator> out = new LinkedHashMap<>();
    for (MappedIndicator m : indicators) {
      out.putIfAbsent(m.localCode(), m);
    }
    return out;
  }

  /** The mapping in its JSON file format ({@code person_count} only when overridden). */
  public ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("mapping_version", mappingVersion);
    ArrayNode arr = root.putArray("indicators");
    for (MappedIndicator m : indicators) {
      ObjectNode o = arr.addObject();
      o.put("local_code", m.localCode());
      o.put("name", m.name());
      o.put("sdg_indicator", m.sdgIndicator());
      m.codes().forEach(o::put);
      if (m.personCountOverridden()) {
        o.put("person_count", m.personCount());
      }
      MappedProgress p = m.progress();
      if (p.naturalLimit() != null) {
        o.put("natural_limit", p.naturalLimit());
      }
      if (p.thresholds() != null) {
        ObjectNode th = o.putObject("progress_thresholds");
        if (p.thresholds().high() != null) {
          th.put("high", p.thresholds().high());
        }
        if (p.thresholds().med() != null) {
          th.put("med", p.thresholds().med());
        }
        if (p.thresholds().low() != null) {
          th.put("low", p.thresholds().low());
        }
      }
      if (p.baseYear() != null) {
        o.put("base_year", p.baseYear());
      }
    }
    return root;
  }
}
