package io.clientele.support;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Follows `nextCursor` through every page of a list and collects one field of every item. */
public final class Pages {
  private Pages() {}

  public static List<String> collect(
      Supplier<RequestSpecification> request, String path, String field) {
    List<String> values = new ArrayList<>();
    String cursor = null;
    do {
      RequestSpecification spec = request.get();
      if (cursor != null) {
        spec.queryParam("cursor", cursor);
      }
      JsonPath page = spec.get(path).then().statusCode(200).extract().jsonPath();
      values.addAll(page.getList("items." + field, String.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return values;
  }
}
