package io.clientele.issue;

import io.clientele.web.Params;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of both issue lists (the company's and an account's). */
public class IssueFilterParams {
  @QueryParam("status")
  @Parameter(
      description = "Any of these statuses",
      schema = @Schema(type = SchemaType.ARRAY, implementation = IssueStatus.class),
      example = "open,in_progress")
  public List<String> status;

  @QueryParam("severity")
  @Parameter(
      description = "Any of these severities",
      schema = @Schema(type = SchemaType.ARRAY, implementation = IssueSeverity.class),
      example = "high,critical")
  public List<String> severity;

  @QueryParam("category")
  @Parameter(
      description = "Any of these categories",
      schema = @Schema(type = SchemaType.ARRAY, implementation = IssueCategory.class),
      example = "delivery,quality")
  public List<String> category;

  @QueryParam("ownerId")
  @Parameter(description = "Owned by this staff member")
  public String ownerId;

  @QueryParam("responsibleId")
  @Parameter(
      description = "This staff member is responsible (the owner, or whom it was escalated to)")
  public String responsibleId;

  @QueryParam("overdue")
  @Parameter(
      description =
          "true: only overdue issues (open or in progress, past dueAt, now); false: only the others",
      schema = @Schema(type = SchemaType.BOOLEAN),
      example = "true")
  public String overdue;

  @QueryParam("scope")
  @Parameter(
      description =
          "`own`: issues the caller owns or that were escalated to them; `team`: issues owned by anyone at or below the caller",
      schema = @Schema(implementation = IssueQueries.Scope.class))
  public String scope;

  IssueQueries.Filter filter(String accountId) {
    return new IssueQueries.Filter(
        Params.uuid("accountId", accountId),
        Params.uuid("ownerId", ownerId),
        Params.uuid("responsibleId", responsibleId),
        Params.enumValue("scope", scope, IssueQueries.Scope.class),
        values("status", status, IssueStatus.class),
        values("severity", severity, IssueSeverity.class),
        values("category", category, IssueCategory.class),
        Params.bool("overdue", overdue));
  }

  private static <E extends Enum<E>> List<E> values(String name, List<String> raw, Class<E> type) {
    return Params.list(name, raw, type.getEnumConstants().length).stream()
        .map(v -> Params.enumValue(name, v, type))
        .toList();
  }
}
