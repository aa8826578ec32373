package org.tipevidence.jobs.validate;

import java.util.List;

/** Column names of programmes.csv (docs/INPUTS.md). */
public final class ProgrammeColumns {
  public static final List<String> ALL =
      List.of(
          "programme_id",
          "programme_name",
          "lead_agency",
          "pillar",
          "intervention_type",
          "crime_type",
          "countries",
          "start_date",
          "end_date",
          "budget_usd");

  private ProgrammeColumns() {}
}
