package org.tipevidence.common.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks the JSON shape of one catalogue object against a table of its fields, then lets Jackson
 * bind the well-typed values into a record (a value of the wrong shape is reported and bound as
 * null). Unknown fields are reported, not ignored: a misspelt field must not vanish silently.
 */
final class CatalogueShape {
  /** What a field must hold. */
  enum Type {
    /** A non-blank string; {@code problem} unused. */
    TEXT,
    /** A string (blank allowed) or null/absent; {@code problem} unused. */
    OPTIONAL_TEXT,
    BOOLEAN,
    INT,
    NUMBER_OR_NULL,
    /** An array or object the loader walks itself (bound as a raw node, checked there). */
    NESTED,
    /** Allowed but not read (documentation fields). */
    IGNORED
  }

  /** One row of a field table; {@code problem} is the message when the value has the wrong type. */
  record Field(String name, Type type, String problem) {
    static Field of(String name, Type type) {
      return new Field(name, type, null);
    }
  }

  /** The field table of one object and the record its values bind into. */
  record Table<T>(Class<T> type, List<Field> fields) {}

  private CatalogueShape() {}

  /**
   * Reports {@code path + notObject} when {@code node} is not an object (and returns null);
   * otherwise reports unknown fields and wrongly typed values, and binds the rest into the table's
   * record.
   */
  static <T> T bind(
      ObjectMapper mapper,
      JsonNode node,
      String path,
      String notObject,
      Table<T> table,
      List<String> problems) {
    if (node == null || !node.isObject()) {
      problems.add(path + notObject);
      return null;
    }
    List<String> allowed = table.fields().stream().map(Field::name).toList();
    node.fieldNames()
        .forEachRemaining(
            f -> {
              if (!allowed.contains(f)) {
                problems.add(
                    path + "." + f + ": unknown field (allowed: " + new TreeSet<>(allowed) + ")");
              }
            });
    ObjectNode clean = mapper.createObjectNode();
    for (Field f : table.fields()) {
      JsonNode v = node.get(f.name());
      String problem = f.type() == Type.IGNORED ? null : problem(f, v);
      if (problem != null) {
        problems.add(path + "." + f.name() + ": " + problem);
      } else if (v != null && f.type() != Type.IGNORED) {
        clean.set(f.name(), v);
      }
    }
    try {
      return mapper.treeToValue(clean, table.type());
    } catch (JsonProcessingException e) {
      // Only a table naming a field its record lacks gets here: every value left in the clean
      // node has its field's JSON type.
      throw new IllegalStateException(e);
    }
  }

  /** The problem with value {@code v} (null when absent) of field {@code f}, or null if none. */
  private static String problem(Field f, JsonNode v) {
    boolean missing = v == null || v.isNull();
    return switch (f.type()) {
      case TEXT ->
          missing
              ? "required string"
              : !v.isTextual() || v.asText().isBlank() ? "must be a non-blank string" : null;
      case OPTIONAL_TEXT -> missing || v.isTextual() ? null : "must be a non-blank string";
      case BOOLEAN -> v == null || !v.isBoolean() ? f.problem() : null;
      case INT -> v == null || !v.isInt() ? f.problem() : null;
      case NUMBER_OR_NULL -> v == null || !(v.isNull() || v.isNumber()) ? f.problem() : null;
      case NESTED, IGNORED -> null;
    };
  }
}
