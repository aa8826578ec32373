package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the JSON shape of one mapping entry against a table of its fields (required or not, JSON
 * type, a hint for the fix), then lets Jackson bind what is well typed into a {@link
 * MappingEntryJson}. Every problem names the JSON path, what is wrong and how to fix it.
 */
final class EntryShape {
  /** What a field must hold. */
  private enum Type {
    STRING,
    BOOLEAN,
    /** Checked by {@link ProgressFields}. */
    PROGRESS
  }

  /** One row of the field table; {@code hint} is given when a required field is missing. */
  private record Field(String name, Type type, boolean required, String hint) {}

  private static final List<Field> FIELDS =
      List.of(
          required("local_code", "the programme's own indicator code, e.g. \"VICTIMS_IDENTIFIED\""),
          required("name", "a human-readable name, e.g. \"Victims of trafficking identified\""),
          required("sdg_indicator", "a catalogue indicator code, e.g. \"16.2.2\" or \"16.3.C1\""),
          required("series_code", "a series of that indicator, e.g. \"VC_HTF_DETV\""),
          required("unit", "one of " + JsonShape.names(MappingUnit.values(), MappingUnit::name)),
          required(
              "direction",
              "\"increase\" or \"decrease\": the desired direction of this local indicator (it"
                  + " belongs to the mapping, not to the SDG indicator)"),
          required(
              "aggregation", "one of " + JsonShape.names(Aggregation.values(), Aggregation::json)),
          required(
              "crime_type", "\"TIP\" (trafficking in persons) or \"SOM\" (smuggling of migrants)"),
          new Field("scaling", Type.STRING, false, null),
          new Field("person_count", Type.BOOLEAN, false, null),
          new Field("natural_limit", Type.PROGRESS, false, null),
          new Field("progress_thresholds", Type.PROGRESS, false, null),
          new Field("base_year", Type.PROGRESS, false, null));

  /** Entry fields in canonical order. */
  static final List<String> NAMES = FIELDS.stream().map(Field::name).toList();

  /** The bound entry and the fields whose value was present but unusable (already reported). */
  record Bound(MappingEntryJson entry, Set<String> broken) {}

  private EntryShape() {}

  private static Field required(String name, String hint) {
    return new Field(name, Type.STRING, true, hint);
  }

  /** Checks the shape of object {@code o} at {@code path}; never throws for bad input. */
  static Bound check(ObjectNode o, String path, Problems sink, ObjectMapper mapper) {
    JsonShape.unknownFields(sink, o, path, NAMES);
    for (Field f : FIELDS) {
      JsonNode v = o.get(f.name());
      if (f.required() && (v == null || v.isNull())) {
        sink.add(
            path + "." + f.name(),
            MappingProblem.Kind.MISSING_FIELD,
            "missing required field '" + f.name() + "'" + (v == null ? "" : " (it is null)"),
            "add \"" + f.name() + "\": " + f.hint());
      }
    }
    ObjectNode clean = mapper.createObjectNode();
    Set<String> broken = new HashSet<>();
    for (Field f : FIELDS) {
      JsonNode v = o.get(f.name());
      if (v == null || f.type() == Type.PROGRESS) {
        continue;
      }
      if (usable(f, v, path + "." + f.name(), sink) && valueOk(f.name(), v, path, sink)) {
        clean.set(f.name(), v);
      } else {
        broken.add(f.name());
      }
    }
    try {
      return new Bound(mapper.treeToValue(clean, MappingEntryJson.class), broken);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Cannot happen: every value left in the clean node has its field's JSON type.
      throw new IllegalStateException(e);
    }
  }

  /** True when {@code v} has the field's JSON type; reports it otherwise. */
  private static boolean usable(Field f, JsonNode v, String path, Problems sink) {
    if (f.type() == Type.BOOLEAN) {
      // A null means "the catalogue default"; another type is reported with the person-count
      // rules (CatalogueCrossCheck), where its fix belongs.
      return v.isBoolean();
    }
    if (v.isNull()) {
      if (!f.required()) {
        sink.add(
            path,
            MappingProblem.Kind.WRONG_TYPE,
            "'" + f.name() + "' is null",
            "remove it or give a value");
      }
      return false;
    }
    if (!v.isTextual()) {
      sink.add(
          path,
          MappingProblem.Kind.WRONG_TYPE,
          "'" + f.name() + "' must be a JSON string, found " + JsonShape.type(v),
          "quote the value: \"" + f.name() + "\": \"" + v.asText() + "\"");
      return false;
    }
    return true;
  }

  /** Text rules of the identifying fields: no blank code or name, no blanks around the code. */
  private static boolean valueOk(String field, JsonNode v, String path, Problems sink) {
    String s = v.asText();
    String at = path + "." + field;
    if (field.equals("local_code") && s.isBlank()) {
      sink.add(
          at,
          MappingProblem.Kind.INVALID_VALUE,
          "'local_code' is blank",
          "give the local indicator a code");
      return false;
    }
    if (field.equals("local_code") && !s.equals(s.strip())) {
      sink.add(
          at,
          MappingProblem.Kind.INVALID_VALUE,
          "'local_code' \"" + s + "\" has leading or trailing blanks",
          "write it as \"" + s.strip() + "\"");
      return false;
    }
    if (field.equals("name") && s.isBlank()) {
      sink.add(
          at, MappingProblem.Kind.INVALID_VALUE, "'name' is blank", "give a human-readable name");
      return false;
    }
    return true;
  }
}
