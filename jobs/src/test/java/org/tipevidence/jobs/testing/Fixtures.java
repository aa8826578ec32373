package org.tipevidence.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny named input folders for tests, written as text so each case reads on one screen. */
public final class Fixtures {
  private Fixtures() {}

  public static final String PROGRAMMES =
      """
      programme_id,programme_name,lead_agency,pillar,intervention_type,crime_type,countries,start_date,end_date,budget_usd
      NPL-TIP,"Safe migration, Nepal",IOM,prevention,awareness_campaign,TIP,NPL;IND,2016-01-01,2024-12-31,1000000
      MEX-SOM,Smuggling response,UNODC,prosecution,prosecution_support,SOM,MEX,2018-01-01,2025-12-31,500000
      """;

  public static final String MAPPING =
      """
      { "mapping_version": "fixture",
        "indicators": [
          { "local_code": "VICTIMS_IDENTIFIED", "name": "Victims identified", "sdg_indicator": "16.2.2",
            "series_code": "VC_HTF_DETV", "unit": "NUMBER", "direction": "increase",
            "aggregation": "sum", "crime_type": "TIP", "scaling": "none" },
          { "local_code": "VICTIMS_RATE", "name": "Victims identified per 100,000", "sdg_indicator": "16.2.2",
            "series_code": "VC_HTF_DETVR", "unit": "NUMBER", "direction": "increase",
            "aggregation": "sum", "crime_type": "TIP", "scaling": "per_100k" },
          { "local_code": "CHILD_LABOUR_RATE", "name": "Child labour", "sdg_indicator": "8.7.1",
            "series_code": "SL_TLF_CHLDEA", "unit": "PERCENT", "direction": "decrease",
            "aggregation": "population_weighted_mean", "crime_type": "TIP", "scaling": "none" },
          { "local_code": "PROSECUTIONS_SOM", "name": "Smuggling prosecutions", "sdg_indicator": "16.3.C5",
            "series_code": "PRG_SOM_PROS", "unit": "NUMBER", "direction": "increase",
            "aggregation": "sum", "crime_type": "SOM", "scaling": "none" }
        ] }
      """;

  public static final String POPULATION =
      """
      country_iso3,year,population
      NPL,2019,28600000
      NPL,2020,29100000
      MEX,2020,126000000
      """;

  public static final String SUBMISSION_HEADER =
      "programme_id,country_iso3,indicator_code,period,sex,age_group,exploitation_form,value,"
          + "reported_at,submitted_by\n";

  /** Writes an input folder with the standard reference files and the given submission files. */
  public static Path inputFolder(Path dir, String... nameThenContent) {
    try {
      Files.createDirectories(dir.resolve("submissions"));
      Files.writeString(dir.resolve("programmes.csv"), PROGRAMMES);
      Files.writeString(dir.resolve("indicator-map.json"), MAPPING);
      Files.writeString(dir.resolve("population.csv"), POPULATION);
      for (int i = 0; i + 1 < nameThenContent.length; i += 2) {
        Files.writeString(
            dir.resolve("submissions").resolve(nameThenContent[i]), nameThenContent[i + 1]);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
