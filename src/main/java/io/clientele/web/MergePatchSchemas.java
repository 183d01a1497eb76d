package io.clientele.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A PATCH body is a JSON Merge Patch (see MergePatch) over the fields of the schema its resource
 * names: `updateAccount` over AccountInput is documented as AccountPatch, a copy in which nothing
 * is required and every field the input may leave out is nullable (null clears it). A field the
 * input requires stays non-null: null there is a 422.
 */
final class MergePatchSchemas {
  private MergePatchSchemas() {}

  static void replacePatchBodies(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Set<String> replaced = new HashSet<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      Operation op = item.getPATCH();
      if (op == null || op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
        continue;
      }
      String name = op.getOperationId().replaceFirst("^update", "") + "Patch";
      for (var media : op.getRequestBody().getContent().getMediaTypes().values()) {
        String ref = media.getSchema() == null ? null : media.getSchema().getRef();
        Schema input = ref == null ? null : schemas.get(SchemaRefs.nameOf(ref));
        if (input == null) {
          continue;
        }
        if (!schemas.containsKey(name)) {
          openAPI.getComponents().addSchema(name, patchOf(input, schemas));
        }
        media.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + name));
        replaced.add(SchemaRefs.nameOf(ref));
      }
    }
    // a record written only for PATCH (StageChanges ...) would be a model no operation uses
    replaced.removeAll(SchemaRefs.references(openAPI));
    replaced.forEach(openAPI.getComponents()::removeSchema);
  }

  private static Schema patchOf(Schema input, Map<String, Schema> schemas) {
    Schema patch =
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description(
                "JSON Merge Patch (RFC 7396): only the fields to change; null clears an optional"
                    + " field");
    List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
    if (input.getProperties() != null) {
      input
          .getProperties()
          .forEach(
              (field, property) ->
                  patch.addProperty(
                      field, required.contains(field) ? property : nullable(property, schemas)));
    }
    return patch;
  }

  /** A nullable copy of a property, with the schema a reference names inlined. */
  private static Schema nullable(Schema property, Map<String, Schema> schemas) {
    Schema source = property;
    String ref = property.getRef();
    if (ref == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
      ref = property.getAllOf().get(0).getRef();
    }
    if (ref != null && schemas.get(SchemaRefs.nameOf(ref)) != null) {
      source = schemas.get(SchemaRefs.nameOf(ref));
    }
    List<Schema.SchemaType> type =
        new ArrayList<>(
            source.getType() != null
                ? source.getType()
                : property.getType() != null ? property.getType() : List.of());
    if (type.isEmpty() || type.contains(Schema.SchemaType.NULL)) {
      return property;
    }
    type.add(Schema.SchemaType.NULL);
    return OASFactory.createSchema()
        .type(type)
        .format(source.getFormat())
        .pattern(source.getPattern())
        .enumeration(source.getEnumeration())
        .properties(source.getProperties())
        .required(source.getRequired())
        .items(source.getItems())
        .minimum(source.getMinimum())
        .maximum(source.getMaximum())
        .minLength(source.getMinLength())
        .maxLength(source.getMaxLength())
        .minItems(source.getMinItems())
        .maxItems(source.getMaxItems())
        .description(
            property.getDescription() != null ? property.getDescription() : source.getDescription())
        .example(property.getExample() != null ? property.getExample() : source.getExample());
  }
}
