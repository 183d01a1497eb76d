package io.clientele.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** What OpenAPI 3.0 readers and generators need changed in the schemas SmallRye writes. */
final class SchemaFixes {
  private static final String UUID_REF = "#/components/schemas/UUID";

  private SchemaFixes() {}

  /**
   * OpenAPI 3.0 cannot say "null or this $ref": `nullable` beside an `allOf` reference is ignored
   * by validators and generators alike. A nullable reference is therefore replaced by a nullable
   * copy of the schema it points to.
   */
  static void inlineNullableReferences(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    for (Schema schema : schemas.values()) {
      if (schema.getProperties() == null) {
        continue;
      }
      for (Schema property : schema.getProperties().values()) {
        // the model holds "null or $ref" as anyOf: [{$ref}, {type: null}]
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
          continue;
        }
        Schema reference = anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
        boolean orNull =
            anyOf.stream()
                .anyMatch(
                    s ->
                        s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)));
        String ref = reference == null ? null : reference.getRef();
        Schema target = ref == null ? null : schemas.get(SchemaRefs.nameOf(ref));
        if (!orNull || target == null) {
          continue;
        }
        List<Schema.SchemaType> type = new ArrayList<>(target.getType());
        type.add(Schema.SchemaType.NULL);
        property.setAnyOf(null);
        property.setType(type);
        property.setFormat(target.getFormat());
        property.setPattern(target.getPattern());
        property.setEnumeration(target.getEnumeration());
        property.setProperties(target.getProperties());
        property.setRequired(target.getRequired());
        if (property.getDescription() == null) {
          property.setDescription(target.getDescription());
        }
      }
    }
  }

  /**
   * A UUID is described by `format: uuid` alone: a `pattern` beside it has generated clients match
   * a regex against their UUID objects (the Python client does not even import).
   */
  static void dropUuidPatterns(OpenAPI openAPI, Map<String, Schema> schemas) {
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Schema uuid = schemas.get("UUID");
    if (openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(s -> dropUuidPatterns(s, seen, uuid));
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> dropUuidPatterns(p.getSchema(), seen, uuid));
        }
      }
      if (item.getParameters() != null) {
        item.getParameters().forEach(p -> dropUuidPatterns(p.getSchema(), seen, uuid));
      }
    }
  }

  /** Whether a schema is a UUID: by format, or as a reference to the UUID component. */
  static boolean isUuid(Schema schema) {
    return "uuid".equals(schema.getFormat())
        || UUID_REF.equals(schema.getRef())
        || refersToUuid(schema);
  }

  private static boolean refersToUuid(Schema schema) {
    return schema.getAllOf() != null
        && schema.getAllOf().stream().anyMatch(s -> UUID_REF.equals(s.getRef()));
  }

  private static void dropUuidPatterns(Schema schema, Set<Schema> seen, Schema uuid) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    if ("uuid".equals(schema.getFormat()) || refersToUuid(schema) || schema == uuid) {
      schema.setPattern(null);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> dropUuidPatterns(p, seen, uuid));
    }
    dropUuidPatterns(schema.getItems(), seen, uuid);
    for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf())) {
      if (parts != null) {
        parts.forEach(p -> dropUuidPatterns(p, seen, uuid));
      }
    }
  }
}
