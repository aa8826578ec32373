package org.tipevidence.common.catalogue;

import static org.tipevidence.common.catalogue.CatalogueShape.Type.BOOLEAN;
import static org.tipevidence.common.catalogue.CatalogueShape.Type.IGNORED;
import static org.tipevidence.common.catalogue.CatalogueShape.Type.INT;
import static org.tipevidence.common.catalogue.CatalogueShape.Type.NESTED;
import static org.tipevidence.common.catalogue.CatalogueShape.Type.NUMBER_OR_NULL;
import static org.tipevidence.common.catalogue.CatalogueShape.Type.OPTIONAL_TEXT;
import static org.tipevidence.common.catalogue.CatalogueShape.Type.TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.tipevidence.common.catalogue.CatalogueShape.Field;
import org.tipevidence.common.catalogue.CatalogueShape.Table;

/**
 * The objects of {@code sdg-catalogue.json} as Jackson binds them (record components in camel case
 * bind the snake_case fields), each with its field table (in the order problems are reported). A
 * field is null when absent or already reported; nested arrays and objects stay raw nodes that
 * {@link SdgCatalogueLoader} binds level by level, so one bad entry does not hide the problems of
 * the others.
 */
final class CatalogueJson {
  private CatalogueJson() {}

  static final String BOOL = "required boolean";

  static final Table<Root> ROOT =
      new Table<>(
          Root.class,
          List.of(
              Field.of("catalogue_version", TEXT),
              Field.of("description", IGNORED),
              Field.of("sources", IGNORED),
              Field.of("conventions", IGNORED),
              Field.of("targets", NESTED)));

  record Root(String catalogueVersion, JsonNode targets) {}

  static final Table<Target> TARGET =
      new Table<>(
          Target.class,
          List.of(
              Field.of("code", TEXT),
              Field.of("text", TEXT),
              new Field("goal", INT, "required integer"),
              Field.of("indicators", NESTED)));

  record Target(String code, String text, Integer goal, JsonNode indicators) {}

  static final Table<Indicator> INDICATOR =
      new Table<>(
          Indicator.class,
          List.of(
              Field.of("code", TEXT),
              Field.of("text", TEXT),
              Field.of("note", OPTIONAL_TEXT),
              new Field("official", BOOLEAN, BOOL),
              new Field("non_statistical", BOOLEAN, BOOL),
              Field.of("progress_target", NESTED),
              Field.of("series", NESTED)));

  record Indicator(
      String code,
      String text,
      String note,
      Boolean official,
      Boolean nonStatistical,
      JsonNode progressTarget,
      JsonNode series) {}

  static final Table<Progress> PROGRESS =
      new Table<>(
          Progress.class,
          List.of(
              Field.of("label", TEXT),
              Field.of("source", OPTIONAL_TEXT),
              Field.of("direction", TEXT),
              new Field("value", NUMBER_OR_NULL, "required number or null"),
              new Field("year", INT, Progress.YEAR)));

  record Progress(String label, String source, String direction, Double value, Integer year) {
    static final String YEAR = "required integer year (e.g. 2030)";
  }

  static final Table<Series> SERIES =
      new Table<>(
          Series.class,
          List.of(
              Field.of("code", TEXT),
              Field.of("description", TEXT),
              Field.of("unit", TEXT),
              Field.of("note", OPTIONAL_TEXT),
              new Field("person_count", BOOLEAN, BOOL),
              Field.of("crime_domain", TEXT),
              Field.of("value_scale", OPTIONAL_TEXT)));

  record Series(
      String code,
      String description,
      String unit,
      String note,
      Boolean personCount,
      String crimeDomain,
      String valueScale) {}
}
