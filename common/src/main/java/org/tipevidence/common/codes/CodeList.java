package org.tipevidence.common.codes;

import java.util.Optional;

/**
 * The disaggregation code lists a submission column is normalised against, as one serialisable
 * handle: readers running inside Spark tasks name the list and normalise each label where the
 * record is parsed, instead of a separate pass over the data to collect distinct labels.
 */
public enum CodeList {
  SEX {
    @Override
    public Optional<String> code(String label) {
      return Sex.normalise(label).map(Sex::code);
    }
  },
  AGE_GROUP {
    @Override
    public Optional<String> code(String label) {
      return AgeGroup.normalise(label).map(AgeGroup::code);
    }
  },
  EXPLOITATION_FORM {
    @Override
    public Optional<String> code(String label) {
      return ExploitationForm.normalise(label).map(ExploitationForm::code);
    }
  };

  /** The code of {@code label} (blank or null = total), or empty when it is not in the list. */
  public abstract Optional<String> code(String label);
}
