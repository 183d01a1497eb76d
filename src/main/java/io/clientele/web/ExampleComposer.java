package io.clientele.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A record without an example of its own gets one made of its properties' examples, so that every
 * body in the contract shows a whole realistic value (ContractExamplesTest checks each against its
 * schema).
 */
final class ExampleComposer {
  private final Map<String, Schema> schemas;

  ExampleComposer(Map<String, Schema> schemas) {
    this.schemas = schemas;
  }

  void composeExamples() {
    Map<String, Object> composed = new LinkedHashMap<>();
    schemas.forEach(
        (name, schema) -> {
          if (!hasOwnExample(schema) && schema.getProperties() != null) {
            Object example = exampleOf(schema, 0, name.endsWith("Patch"));
            if (name.endsWith("Patch") && example instanceof Map<?, ?> fields) {
              // a merge patch names the few fields it changes
              example =
                  fields.entrySet().stream()
                      .limit(2)
                      .collect(
                          LinkedHashMap::new,
                          (m, e) -> m.put(e.getKey(), e.getValue()),
                          Map::putAll);
            }
            if (example != null) {
              composed.put(name, example);
            }
          }
        });
    composed.forEach((name, example) -> schemas.get(name).setExample(example));
  }

  private static boolean isNullable(Schema schema) {
    return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
  }

  private static boolean hasOwnExample(Schema schema) {
    return schema.getExample() != null
        || schema.getExamples() != null && !schema.getExamples().isEmpty();
  }

  private Object exampleOf(Schema schema, int depth, boolean patch) {
    if (schema == null || depth > 8) {
      return null;
    }
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      // annotations' examples land here (JSON Schema's `examples`), written as `example`
      return schema.getExamples().get(0);
    }
    if (schema.getRef() != null) {
      return exampleOf(schemas.get(SchemaRefs.nameOf(schema.getRef())), depth + 1, false);
    }
    if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
      return exampleOf(schema.getAllOf().get(0), depth + 1, false);
    }
    if (schema.getEnumeration() != null) {
      return schema.getEnumeration().stream().filter(Objects::nonNull).findFirst().orElse(null);
    }
    if (schema.getItems() != null) {
      Object item = exampleOf(schema.getItems(), depth + 1, false);
      return item == null ? null : List.of(item);
    }
    if (schema.getProperties() == null) {
      return null;
    }
    Map<String, Object> example = new LinkedHashMap<>();
    schema
        .getProperties()
        .forEach(
            (name, property) -> {
              if (isNullable(property) && !hasOwnExample(property) && !patch) {
                // left out, as it often is (a reversal's ids, a result's problem)
                return;
              }
              Object value = exampleOf(property, depth + 1, false);
              if (value == null && SchemaFixes.isUuid(property)) {
                // one id per property name, the same in every example
                value = UUID.nameUUIDFromBytes(name.getBytes()).toString();
              }
              if (value != null) {
                example.put(name, value);
              }
            });
    return example.isEmpty() ? null : example;
  }
}
