package org.tipevidence.common.evidence;

import java.util.Optional;

/**
 * Intervention types for the evidence gap map, each filed under one 4P pillar. No published
 * trafficking-specific gap-map category list exists (methods.md §8 item 9), so this list follows
 * the State Department's 3P/4P examples and the FCDO/IDS evidence-map categories (methods.md §6).
 */
public enum Intervention implements Coded {
  AWARENESS_CAMPAIGN("awareness_campaign", "Awareness campaign", Pillar.PREVENTION),
  SAFE_MIGRATION_INFORMATION(
      "safe_migration_information", "Safe migration information", Pillar.PREVENTION),
  ECONOMIC_EMPOWERMENT("economic_empowerment", "Economic empowerment", Pillar.PREVENTION),
  LABOUR_INSPECTION("labour_inspection", "Labour inspection", Pillar.PREVENTION),
  SUPPLY_CHAIN_MONITORING("supply_chain_monitoring", "Supply-chain monitoring", Pillar.PREVENTION),
  WORKER_LED_INTERVENTION("worker_led_intervention", "Worker-led intervention", Pillar.PREVENTION),
  VICTIM_IDENTIFICATION_MECHANISM(
      "victim_identification_mechanism", "Victim identification mechanism", Pillar.PROTECTION),
  SHELTER_AND_ASSISTANCE("shelter_and_assistance", "Shelter and assistance", Pillar.PROTECTION),
  SURVIVOR_REINTEGRATION("survivor_reintegration", "Survivor reintegration", Pillar.PROTECTION),
  PSYCHOSOCIAL_SUPPORT("psychosocial_support", "Psychosocial support", Pillar.PROTECTION),
  TRAINING_FRONT_LINE_OFFICIALS(
      "training_front_line_officials", "Training of front-line officials", Pillar.PROSECUTION),
  PROSECUTION_SUPPORT("prosecution_support", "Prosecution support", Pillar.PROSECUTION),
  LEGAL_REFORM("legal_reform", "Legal reform", Pillar.PROSECUTION),
  MULTI_AGENCY_PARTNERSHIP(
      "multi_agency_partnership", "Multi-agency partnership", Pillar.PARTNERSHIP),
  DATA_SHARING("data_sharing", "Data sharing", Pillar.PARTNERSHIP);

  private final String code;
  private final String label;
  private final Pillar pillar;

  Intervention(String code, String label, Pillar pillar) {
    this.code = code;
    this.label = label;
    this.pillar = pillar;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  public Pillar pillar() {
    return pillar;
  }

  public static Optional<Intervention> fromCode(String code) {
    return Coded.lookup(Intervention.class, code);
  }
}
