package org.tipevidence.common.dhis2;

/**
 * One DHIS2 data value as exported (JSON {@code dataValues[]} element or CSV row), fields as text,
 * null when absent.
 *
 * @param deleted the export's {@code deleted} flag as written ("true" marks a deleted value)
 */
public record Dhis2Value(
    String dataElement,
    String period,
    String orgUnit,
    String categoryOptionCombo,
    String attributeOptionCombo,
    String value,
    String storedBy,
    String lastUpdated,
    String deleted) {}
