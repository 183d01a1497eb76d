package io.clientele.web;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The success answers every operation of a kind gives, said once: a DELETE's 204 is "Deleted"
 * unless the operation says otherwise ("Removed").
 */
final class SharedAnswers {
  /** What SmallRye calls the 204 of a void method. */
  private static final String GENERATED_NO_CONTENT = "No Content";

  private SharedAnswers() {}

  static void add(HttpMethod method, Operation op) {
    APIResponse noContent = op.getResponses().getAPIResponse("204");
    if (method == HttpMethod.DELETE
        && noContent != null
        && GENERATED_NO_CONTENT.equals(noContent.getDescription())) {
      noContent.setDescription("Deleted");
    }
  }
}
