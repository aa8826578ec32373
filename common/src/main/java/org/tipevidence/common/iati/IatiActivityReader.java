package org.tipevidence.common.iati;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tipevidence.common.iati.IatiFact.Activity;
import org.tipevidence.common.iati.IatiFact.Dimension;
import org.tipevidence.common.iati.IatiFact.Indicator;
import org.tipevidence.common.iati.IatiFact.Kind;
import org.tipevidence.common.iati.IatiFact.Reference;

/**
 * Streams the result values of an IATI 2.03 activity file with StAX: constant memory whatever the
 * file size (one activity header, one indicator header and one value are held at a time). DTDs and
 * external entities are refused (XXE). Activity and indicator headers are read before their results
 * because the IATI schema orders them so ({@code recipient-country} before {@code result}, {@code
 * reference} and {@code title} before {@code baseline} and {@code period}).
 */
public final class IatiActivityReader implements Iterator<IatiFact>, AutoCloseable {
  /** Longest text kept from an element (titles, identifiers); the rest is read past. */
  private static final int MAX_TEXT = 4096;

  private final XMLStreamReader xml;
  private final Deque<String> names = new ArrayDeque<>();
  private final Deque<String> path = new ArrayDeque<>();
  private final Deque<Map<String, Integer>> childCounts = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private String generated;
  private String identifier;
  private String programmeRef;
  private List<String> countries = new ArrayList<>();
  private String lastUpdated;
  private String reportingOrg;
  private Activity activity;
  private String measure;
  private String ascending;
  private String title;
  private List<Reference> references = new ArrayList<>();
  private Indicator indicator;
  private String periodStart;
  private String periodEnd;
  private Kind kind;
  private long valueLine;
  private String valuePath;
  private String value;
  private String baselineYear;
  private List<Dimension> dimensions;
  private IatiFact next;
  private boolean done;

  public IatiActivityReader(InputStream in) {
    try {
      this.xml = factory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw wrap(e);
    }
  }

  /** A StAX factory that never reads a DTD nor an external entity. */
  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  /**
   * Reads the whole stream and returns the first reason it is not a readable IATI activity file, or
   * null. A file is checked before its values are used, so a file broken half-way contributes
   * nothing rather than its first half.
   */
  public static IatiXmlException firstProblem(InputStream in) {
    try (IatiActivityReader reader = new IatiActivityReader(in)) {
      while (reader.hasNext()) {
        reader.next();
      }
      return null;
    } catch (IatiXmlException e) {
      return e;
    }
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      advance();
    }
    return next != null;
  }

  @Override
  public IatiFact next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IatiFact fact = next;
    next = null;
    return fact;
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw wrap(e);
    }
  }

  private void advance() {
    try {
      if (!xml.hasNext()) {
        done = true;
        return;
      }
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
        case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (text.length() < MAX_TEXT) {
            text.append(xml.getText(), 0, Math.min(xml.getTextLength(), MAX_TEXT - text.length()));
          }
        }
        case XMLStreamConstants.DTD ->
            throw new IatiXmlException(
                "a DOCTYPE is not allowed in an IATI file (DTDs are refused)", line(), column());
        default -> {}
      }
    } catch (XMLStreamException e) {
      throw wrap(e);
    }
  }

  private void start(String name) {
    String parent = names.peek();
    if (parent == null && !"iati-activities".equals(name)) {
      throw new IatiXmlException(
          "not an IATI activity file: the root element is <" + name + ">, not <iati-activities>",
          line(),
          column());
    }
    int index = childCounts.isEmpty() ? 1 : childCounts.peek().merge(name, 1, Integer::sum);
    path.push((path.isEmpty() ? "" : path.peek()) + "/" + name + "[" + index + "]");
    names.push(name);
    childCounts.push(new HashMap<>());
    text.setLength(0);
    switch (name) {
      case "iati-activities" -> generated = attr("generated-datetime");
      case "iati-activity" -> startActivity();
      case "other-identifier" -> {
        if ("A1".equals(attr("type")) && programmeRef == null) {
          programmeRef = attr("ref");
        }
      }
      case "recipient-country" -> countries.add(attr("code"));
      case "reporting-org" -> reportingOrg = attr("ref");
      case "indicator" -> startIndicator();
      case "reference" -> {
        if ("indicator".equals(parent)) {
          references.add(new Reference(attr("vocabulary"), attr("code")));
        }
      }
      case "period" -> periodStart = periodEnd = null;
      case "period-start" -> periodStart = attr("iso-date");
      case "period-end" -> periodEnd = attr("iso-date");
      case "actual", "target", "baseline" -> startValue(name, parent);
      case "dimension" -> {
        if (dimensions != null) {
          dimensions.add(new Dimension(attr("name"), attr("value")));
        }
      }
      default -> {}
    }
  }

  private void end(String name) {
    String body = text.toString().strip();
    names.pop();
    path.pop();
    childCounts.pop();
    String parent = names.peek();
    String grandParent = names.size() > 1 ? names.stream().skip(1).findFirst().orElse(null) : null;
    switch (name) {
      case "iati-identifier" -> identifier = body;
      case "narrative" -> {
        if ("reporting-org".equals(parent) && reportingOrgNarrativeMissing) {
          reportingOrg = body;
          reportingOrgNarrativeMissing = false;
        } else if ("title".equals(parent) && "indicator".equals(grandParent) && title == null) {
          title = body;
        }
      }
      case "actual", "target", "baseline" -> {
        if (kind != null) {
          next =
              new IatiFact(
                  kind,
                  valueLine,
                  valuePath,
                  activity(),
                  indicator(),
                  kind == Kind.BASELINE ? null : periodStart,
                  kind == Kind.BASELINE ? null : periodEnd,
                  baselineYear,
                  value,
                  List.copyOf(dimensions));
          kind = null;
          dimensions = null;
        }
      }
      default -> {}
    }
    text.setLength(0);
  }

  private boolean reportingOrgNarrativeMissing;

  private void startActivity() {
    identifier = programmeRef = reportingOrg = null;
    reportingOrgNarrativeMissing = true;
    countries = new ArrayList<>();
    String updated = attr("last-updated-datetime");
    lastUpdated = updated == null ? generated : updated;
    activity = null;
  }

  private void startIndicator() {
    measure = attr("measure");
    ascending = attr("ascending");
    title = null;
    references = new ArrayList<>();
    indicator = null;
  }

  private void startValue(String name, String parent) {
    boolean inPeriod = "period".equals(parent) && !"baseline".equals(name);
    boolean isBaseline = "baseline".equals(name) && "indicator".equals(parent);
    if (!inPeriod && !isBaseline) {
      return;
    }
    kind = Kind.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    valueLine = line();
    valuePath = path.peek();
    value = attr("value");
    baselineYear = isBaseline ? attr("year") : null;
    dimensions = new ArrayList<>();
  }

  private Activity activity() {
    if (activity == null) {
      activity =
          new Activity(identifier, programmeRef, List.copyOf(countries), lastUpdated, reportingOrg);
    }
    return activity;
  }

  private Indicator indicator() {
    if (indicator == null) {
      indicator = new Indicator(measure, ascending, title, List.copyOf(references));
    }
    return indicator;
  }

  private String attr(String name) {
    String v = xml.getAttributeValue(null, name);
    return v == null ? null : v.strip();
  }

  private long line() {
    return xml.getLocation().getLineNumber();
  }

  private long column() {
    return xml.getLocation().getColumnNumber();
  }

  private static IatiXmlException wrap(XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; keep only the message.
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    return new IatiXmlException(
        "not well-formed XML: " + message.strip(),
        at == null ? 0 : at.getLineNumber(),
        at == null ? 0 : at.getColumnNumber());
  }
}
