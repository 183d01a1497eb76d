package io.clientele.sync;

import io.clientele.staff.Roles;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed: what CRM connectors poll to stay in step. */
@Path("/changes")
@Tag(name = "Sync", description = SyncDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {
  private static final int DEFAULT_LIMIT = 500;
  private static final int MAX_LIMIT = 1000;

  private final ChangeFeed feed;

  public ChangeResource(ChangeFeed feed) {
    this.feed = feed;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listChanges",
      summary = "Read the change feed",
      description = SyncDocs.CHANGES)
  public ChangePage changes(
      @Parameter(description = "The nextCursor of the previous page; from the start when absent")
          @QueryParam("after")
          String after,
      @Parameter(
              description = "Changes per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "1000",
                      defaultValue = "500"))
          @QueryParam("limit")
          String limit,
      @Parameter(
              description =
                  "Only these types of record. Without it: accounts, contacts and opportunities,"
                      + " the types of v1; name issues or activities to receive them",
              schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeType.class),
              example = "accounts,opportunities")
          @QueryParam("types")
          List<String> types) {
    Integer size = Params.integer("limit", limit, 1, MAX_LIMIT);
    int pageSize = size == null ? DEFAULT_LIMIT : size;
    Set<ChangeType> wanted = EnumSet.noneOf(ChangeType.class);
    Params.list("types", types, ChangeType.values().length)
        .forEach(t -> wanted.add(Params.enumValue("types", t, ChangeType.class)));
    return feed.page(after, pageSize, wanted.isEmpty() ? ChangeType.UNNAMED : wanted);
  }
}
