package org.tipevidence.jobs.publish;

/**
 * Where a dataset is published. {@code published} holds only summaries that are safe to share;
 * {@code restricted} holds row-level data (observations, quarantine with raw records) that may
 * identify victims and must stay with the data controller.
 */
public enum Tier {
  PUBLISHED("published"),
  RESTRICTED("restricted");

  private final String folder;

  Tier(String folder) {
    this.folder = folder;
  }

  public String folder() {
    return folder;
  }
}
