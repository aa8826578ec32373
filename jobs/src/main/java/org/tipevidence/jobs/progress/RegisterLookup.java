package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A programme's lead agency and pillar by programme id, as map literals in the plan instead of a
 * broadcast join: broadcasting the register costs a Spark job per dataset that joins it, a literal
 * costs none. The register is reference data held on the driver (a local relation of a few hundred
 * rows, see ReferenceStage), so reading it here runs no job either. Ids are unique and non-empty in
 * the register (ProgrammeValidation), so a lookup is exactly the left join it replaces: the
 * programme's value, or null for an id not in the register.
 */
final class RegisterLookup {
  private final Column leadAgency;
  private final Column pillar;

  private RegisterLookup(Column leadAgency, Column pillar) {
    this.leadAgency = leadAgency;
    this.pillar = pillar;
  }

  /**
   * @param register the programme register (p_programme_id, p_lead_agency, p_pillar)
   */
  static RegisterLookup of(Dataset<Row> register) {
    Map<String, String[]> byId = new LinkedHashMap<>();
    for (Row r : register.select("p_programme_id", "p_lead_agency", "p_pillar").collectAsList()) {
      if (!r.isNullAt(0)) {
        byId.putIfAbsent(r.getString(0), new String[] {r.getString(1), r.getString(2)});
      }
    }
    String[] ids = byId.keySet().toArray(String[]::new);
    String[] agencies = byId.values().stream().map(v -> v[0]).toArray(String[]::new);
    String[] pillars = byId.values().stream().map(v -> v[1]).toArray(String[]::new);
    return new RegisterLookup(
        map_from_arrays(lit(ids), lit(agencies)), map_from_arrays(lit(ids), lit(pillars)));
  }

  /** The lead agency of programme {@code id}; null when it is not registered. */
  Column leadAgency(Column id) {
    return leadAgency.getItem(id);
  }

  /** The pillar of programme {@code id}; null when it is not registered. */
  Column pillar(Column id) {
    return pillar.getItem(id);
  }
}
