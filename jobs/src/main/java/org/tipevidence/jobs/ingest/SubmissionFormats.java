package org.tipevidence.jobs.ingest;

import java.io.Serializable;
import org.tipevidence.common.dhis2.Dhis2Mapping;
import org.tipevidence.common.iati.IatiIndicatorIndex;

/**
 * What the readers of submissions that are not in the CSV shape need (docs/INPUTS.md): the checked
 * {@code dhis2-map.json} for DHIS2 exports and the indicator lookup for IATI activity files. Either
 * is null when no input file is in that format.
 */
public record SubmissionFormats(Dhis2Mapping dhis2, IatiIndicatorIndex iati)
    implements Serializable {
  public static final SubmissionFormats NONE = new SubmissionFormats(null, null);
}
