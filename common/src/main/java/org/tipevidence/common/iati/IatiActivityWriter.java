package org.tipevidence.common.iati;

import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes submission rows as an IATI 2.03 activity file, streamed (one activity per row, nothing
 * held), so {@code generate} can make files of any size. Written to be read back by the rules of
 * docs/INPUTS.md into the same row: programme id as {@code other-identifier} type A1, the indicator
 * code as a {@code reference} of vocabulary 99, the period as calendar dates, disaggregations other
 * than the total as {@code dimension}s. A field that is not valid in its place (a period such as
 * {@code 2019-Q5}, a country that is no country) is written as given, so broken rows stay broken.
 */
public final class IatiActivityWriter implements AutoCloseable {
  private static final Map<String, String> ALPHA2 = new HashMap<>();

  static {
    for (String alpha2 : Locale.getISOCountries()) {
      ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
    }
    ALPHA2.put("XKX", "XK");
  }

  private final XMLStreamWriter xml;

  public IatiActivityWriter(Writer out, String generatedAt) {
    try {
      xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("iati-activities");
      xml.writeAttribute("version", "2.03");
      xml.writeAttribute("generated-datetime", generatedAt);
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One activity holding one actual ({@code row}'s error is not written).
   *
   * @param measure IATI IndicatorMeasure code of the indicator (1 unit, 2 percentage)
   */
  public void activity(IatiRow row, String measure) {
    String programmeId = row.programmeId();
    String country = row.country();
    String period = row.period();
    String value = row.value();
    try {
      xml.writeStartElement("iati-activity");
      xml.writeAttribute("last-updated-datetime", row.reportedAt());
      text("iati-identifier", "XI-GEN-" + programmeId);
      xml.writeStartElement("reporting-org");
      xml.writeAttribute("ref", "XI-GEN");
      text("narrative", row.submittedBy());
      xml.writeEndElement();
      empty("other-identifier", "ref", programmeId, "type", "A1");
      empty("recipient-country", "code", ALPHA2.getOrDefault(country, country));
      xml.writeStartElement("result");
      xml.writeAttribute("type", "1");
      xml.writeStartElement("indicator");
      xml.writeAttribute("measure", measure);
      empty("reference", "vocabulary", "99", "code", row.indicatorCode());
      xml.writeStartElement("period");
      String[] span = span(period);
      empty("period-start", "iso-date", span[0]);
      empty("period-end", "iso-date", span[1]);
      xml.writeStartElement("actual");
      if (value != null && !value.isEmpty()) {
        xml.writeAttribute("value", value);
      }
      dimension("sex", row.sex());
      dimension("age", row.ageGroup());
      dimension("exploitation_form", row.exploitationForm());
      xml.writeEndElement(); // actual
      xml.writeEndElement(); // period
      xml.writeEndElement(); // indicator
      xml.writeEndElement(); // result
      xml.writeEndElement(); // iati-activity
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Calendar dates of {@code YYYY} or {@code YYYY-Qn}; anything else is passed on as written. */
  static String[] span(String period) {
    if (period.matches("[0-9]{4}")) {
      return new String[] {period + "-01-01", period + "-12-31"};
    }
    if (period.matches("[0-9]{4}-Q[1-4]")) {
      int q = period.charAt(6) - '0';
      String[] ends = {"03-31", "06-30", "09-30", "12-31"};
      String year = period.substring(0, 4);
      return new String[] {String.format("%s-%02d-01", year, 3 * q - 2), year + "-" + ends[q - 1]};
    }
    return new String[] {period, period};
  }

  private void dimension(String name, String value) throws XMLStreamException {
    if (value != null && !value.isBlank() && !value.equals("_T")) {
      empty("dimension", "name", name, "value", value);
    }
  }

  private void text(String name, String body) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(body == null ? "" : body);
    xml.writeEndElement();
  }

  private void empty(String name, String... attributes) throws XMLStreamException {
    xml.writeEmptyElement(name);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
  }

  /** Closes the root element; the caller closes the underlying writer. */
  @Override
  public void close() {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }
}
