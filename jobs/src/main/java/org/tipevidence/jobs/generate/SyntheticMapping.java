package org.tipevidence.jobs.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The indicator mapping of a synthetic input folder (indicator-map.json). */
final class SyntheticMapping {
  private SyntheticMapping() {}

  /** Writes the mapping; returns its local codes. */
  static List<String> write(Path file) throws IOException {
    String[][] m = {
      {"VICTIMS_IDENTIFIED", "16.2.2", "VC_HTF_DETV", "NUMBER", "increase", "sum", "TIP", "none"},
      {
        "VICTIMS_IDENTIFIED_RATE",
        "16.2.2",
        "VC_HTF_DETVR",
        "NUMBER",
        "increase",
        "sum",
        "TIP",
        "per_100k"
      },
      {"VICTIMS_ASSISTED", "16.2.C1", "PRG_VIC_ASSIST", "NUMBER", "increase", "sum", "TIP", "none"},
      {
        "CHILD_LABOUR_RATE",
        "8.7.1",
        "SL_TLF_CHLDEA",
        "PERCENT",
        "decrease",
        "population_weighted_mean",
        "TIP",
        "none"
      },
      {
        "MIGRANTS_ASSISTED", "10.7.C1", "PRG_SOM_ASSIST", "NUMBER", "increase", "sum", "SOM", "none"
      },
      {"PROSECUTIONS_SOM", "16.3.C5", "PRG_SOM_PROS", "NUMBER", "increase", "sum", "SOM", "none"},
      {"MIGRANT_DEATHS", "10.7.3", "SM_DTH_MIGR", "NUMBER", "decrease", "sum", "SOM", "none"},
      {
        "SMUGGLING_FEE_SHARE",
        "10.7.1",
        "SL_EMP_RCOST",
        "PERCENT",
        "decrease",
        "population_weighted_mean",
        "SOM",
        "none"
      },
    };
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("mapping_version", "generated");
    var list = root.putArray("indicators");
    for (String[] r : m) {
      ObjectNode n = list.addObject();
      n.put("local_code", r[0]);
      n.put("name", r[0].toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      n.put("sdg_indicator", r[1]);
      n.put("series_code", r[2]);
      n.put("unit", r[3]);
      n.put("direction", r[4]);
      n.put("aggregation", r[5]);
      n.put("crime_type", r[6]);
      n.put("scaling", r[7]);
    }
    Files.writeString(file, root.toPrettyString());
    return java.util.Arrays.stream(m).map(r -> r[0]).toList();
  }
}
