package org.tipevidence.common.iati;

import java.io.Serializable;
import java.util.List;

/**
 * One value of an IATI results framework (an {@code actual}, a {@code target} or a {@code
 * baseline}) with everything of its activity, indicator and period that the translation needs. The
 * reader emits one per value element, so nothing larger than one activity's header is held.
 *
 * @param kind which element the value came from
 * @param line line of the value element (the end of its start tag, as the XML parser reports it)
 * @param path XML path, e.g. {@code
 *     /iati-activities/iati-activity[3]/result[1]/indicator[2]/period[1]/actual[1]}
 * @param activity the enclosing activity's header
 * @param indicator the enclosing indicator's attributes, references and title
 * @param periodStart {@code period-start/@iso-date} (null for baselines or when absent)
 * @param periodEnd {@code period-end/@iso-date}
 * @param baselineYear {@code baseline/@year} (baselines only)
 * @param value the {@code @value} attribute as written, null when absent
 * @param dimensions the element's {@code dimension} children, in file order
 */
public record IatiFact(
    Kind kind,
    long line,
    String path,
    Activity activity,
    Indicator indicator,
    String periodStart,
    String periodEnd,
    String baselineYear,
    String value,
    List<Dimension> dimensions)
    implements Serializable {

  /** The value elements of the IATI results model. */
  public enum Kind {
    ACTUAL,
    TARGET,
    BASELINE
  }

  /**
   * @param identifier {@code iati-identifier}
   * @param programmeRef {@code other-identifier[@type='A1']/@ref} (the reporting organisation's own
   *     activity id), null when absent
   * @param recipientCountries {@code recipient-country/@code}, alpha-2 as IATI writes them
   * @param lastUpdated {@code @last-updated-datetime}, else the file's {@code @generated-datetime}
   * @param reportingOrg the reporting organisation's first narrative, else its {@code @ref}
   */
  public record Activity(
      String identifier,
      String programmeRef,
      List<String> recipientCountries,
      String lastUpdated,
      String reportingOrg)
      implements Serializable {
    /** The submission's programme_id (docs/INPUTS.md, IATI): the A1 id, else the IATI id. */
    public String programmeId() {
      return programmeRef != null ? programmeRef : identifier;
    }
  }

  /**
   * @param measure {@code @measure} (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative)
   * @param ascending {@code @ascending} as written, null when absent
   * @param title the first {@code title/narrative}
   * @param references {@code reference} children
   */
  public record Indicator(
      String measure, String ascending, String title, List<Reference> references)
      implements Serializable {}

  /** An indicator {@code reference}: vocabulary code (9 = SDG indicator, 99 = own) and code. */
  public record Reference(String vocabulary, String code) implements Serializable {}

  /** A {@code dimension} of a value: {@code @name} and {@code @value}. */
  public record Dimension(String name, String value) implements Serializable {}
}
