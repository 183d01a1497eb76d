package io.clientele.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Which component schemas the contract refers to, and dropping the ones nothing uses. */
final class SchemaRefs {
  private SchemaRefs() {}

  /** The name a `#/components/schemas/...` reference points to. */
  static String nameOf(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /**
   * A schema only ever used as a nullable reference was inlined everywhere (see
   * SchemaFixes.inlineNullableReferences): the component left behind would be noise for readers and
   * generators.
   */
  static void dropUnusedSchemas(OpenAPI openAPI) {
    Map<String, Schema> all = openAPI.getComponents().getSchemas();
    if (all == null) {
      return;
    }
    Set<String> used = new HashSet<>();
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Consumer<Content> content =
        c -> {
          if (c != null) {
            c.getMediaTypes().values().forEach(m -> collect(m.getSchema(), used, seen));
          }
        };
    Consumer<APIResponse> response =
        r -> {
          content.accept(r.getContent());
          if (r.getHeaders() != null) {
            r.getHeaders().values().forEach(h -> collect(h.getSchema(), used, seen));
          }
        };
    if (openAPI.getComponents().getResponses() != null) {
      openAPI.getComponents().getResponses().values().forEach(response);
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> collect(p.getSchema(), used, seen));
        }
        if (op.getRequestBody() != null) {
          content.accept(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null) {
          op.getResponses().getAPIResponses().values().forEach(response);
        }
      }
    }
    // what a used schema refers to is used too
    Deque<String> pending = new ArrayDeque<>(used);
    while (!pending.isEmpty()) {
      Set<String> found = new HashSet<>();
      collect(all.get(pending.pop()), found, Collections.newSetFromMap(new IdentityHashMap<>()));
      found.stream().filter(used::add).forEach(pending::push);
    }
    all.keySet().stream()
        .filter(name -> !used.contains(name))
        .toList()
        .forEach(openAPI.getComponents()::removeSchema);
  }

  /** The names of the component schemas the operations and other schemas refer to. */
  static Set<String> references(OpenAPI openAPI) {
    List<Schema> roots = new ArrayList<>(openAPI.getComponents().getSchemas().values());
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> roots.add(p.getSchema()));
        }
        List<Content> contents = new ArrayList<>();
        if (op.getRequestBody() != null) {
          contents.add(op.getRequestBody().getContent());
        }
        op.getResponses().getAPIResponses().values().forEach(r -> contents.add(r.getContent()));
        contents.stream()
            .filter(Objects::nonNull)
            .forEach(c -> c.getMediaTypes().values().forEach(m -> roots.add(m.getSchema())));
      }
    }
    Set<String> names = new HashSet<>();
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    roots.forEach(root -> collect(root, names, seen));
    return names;
  }

  /** Adds the names `schema` refers to, itself or through its parts, without following them. */
  private static void collect(Schema schema, Set<String> names, Set<Schema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    if (schema.getRef() != null) {
      names.add(nameOf(schema.getRef()));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> collect(p, names, seen));
    }
    collect(schema.getItems(), names, seen);
    collect(schema.getAdditionalPropertiesSchema(), names, seen);
    for (List<Schema> parts :
        Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (parts != null) {
        parts.forEach(p -> collect(p, names, seen));
      }
    }
  }
}
