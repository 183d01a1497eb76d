package io.clientele.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Requests as a given caller, each response checked against the committed contract
 * (openapi/openapi.yaml): a response the contract does not describe fails the test. Requests are
 * not validated, because many tests send bad ones on purpose.
 */
public final class Api {
  public static final Path CONTRACT = Path.of("openapi/openapi.yaml");
  private static final OpenApiValidationFilter CONTRACT_FILTER = contractFilter();

  private Api() {}

  public static RequestSpecification as(String token) {
    return anonymous().auth().oauth2(token);
  }

  public static RequestSpecification as(TestStaff staff) {
    return as(staff.token());
  }

  public static RequestSpecification anonymous() {
    return given().filter(CONTRACT_FILTER).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /**
   * Calls `check` with "METHOD /path" and the operation, for every operation of a contract tree.
   */
  public static void eachOperation(JsonNode contract, BiConsumer<String, JsonNode> check) {
    contract
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            check.accept(
                                op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
  }

  /** For the few requests the contract cannot describe (a method no path has, say). */
  public static RequestSpecification unchecked(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static OpenApiValidationFilter contractFilter() {
    try {
      String spec = Files.readString(CONTRACT);
      OpenApiInteractionValidator validator =
          OpenApiInteractionValidator.createForInlineApiSpecification(spec)
              .withLevelResolver(
                  LevelResolver.create()
                      .withLevel("validation.request", ValidationReport.Level.IGNORE)
                      .withLevel("validation.response", ValidationReport.Level.ERROR)
                      .build())
              .build();
      return new OpenApiValidationFilter(validator);
    } catch (IOException e) {
      throw new UncheckedIOException("the committed contract is missing: " + CONTRACT, e);
    }
  }
}
