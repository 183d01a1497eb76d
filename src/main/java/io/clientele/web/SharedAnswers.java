package io.clientele.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The success answers every operation of a kind gives, said once: a DELETE's 204 is "Deleted"
 * unless the operation says otherwise ("Removed"); a PUT by external id answers 200 when it updated
 * (or left unchanged) the record and 201 when it created it, with the same body.
 */
final class SharedAnswers {
  /** What SmallRye calls the 204 of a void method. */
  private static final String GENERATED_NO_CONTENT = "No Content";

  private SharedAnswers() {}

  /** The path of a create-or-update by a source's id, e.g. /api/v1/contacts/by-external/... */
  private static final Pattern UPSERT_BY_EXTERNAL_ID =
      Pattern.compile(".*/(\\w+)s/by-external/\\{source}/\\{externalId}");

  static void add(String path, HttpMethod method, Operation op) {
    Matcher upsert = UPSERT_BY_EXTERNAL_ID.matcher(path);
    if (method == HttpMethod.PUT && upsert.matches()) {
      upsertAnswers(op, upsert.group(1).replaceAll("ie$", "y"));
    }
    APIResponse noContent = op.getResponses().getAPIResponse("204");
    if (method == HttpMethod.DELETE
        && noContent != null
        && GENERATED_NO_CONTENT.equals(noContent.getDescription())) {
      noContent.setDescription("Deleted");
    }
  }

  /** SmallRye's generated 200 "OK" becomes the update; the create (201) answers the same body. */
  private static void upsertAnswers(Operation op, String noun) {
    APIResponse ok = op.getResponses().getAPIResponse("200");
    if (ok == null || op.getResponses().getAPIResponse("201") != null) {
      return;
    }
    ok.setDescription("Updated or unchanged");
    APIResponse created =
        OASFactory.createAPIResponse()
            .description("Created; Location names the " + noun)
            .content(ok.getContent());
    // right after the 200, where a declared 201 would stand
    Map<String, APIResponse> answers = new LinkedHashMap<>();
    op.getResponses()
        .getAPIResponses()
        .forEach(
            (code, answer) -> {
              answers.put(code, answer);
              if (code.equals("200")) {
                answers.put("201", created);
              }
            });
    op.getResponses().setAPIResponses(answers);
  }
}
