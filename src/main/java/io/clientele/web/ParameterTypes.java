package io.clientele.web;

import io.clientele.common.ExternalId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Resources read most query and path parameters as strings, so that a bad value is a 400 naming the
 * parameter (see Params); the contract says what they really are. A parameter still documented as a
 * bare string gets the schema its name calls for here; an inline enum gets its missing `type:
 * string`.
 */
final class ParameterTypes {
  static final String FISCAL_PERIOD = "FiscalPeriod";

  /** Dates whose names do not say so (or say otherwise: notContactedSince is a day). */
  private static final Set<String> DATE_PARAMETERS =
      Set.of("asOf", "dueBefore", "issuedFrom", "issuedTo", "notContactedSince");

  private ParameterTypes() {}

  static void typeParameters(Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    for (Parameter parameter : op.getParameters()) {
      Schema schema = parameter.getSchema();
      if (parameter.getIn() != Parameter.In.PATH && parameter.getIn() != Parameter.In.QUERY
          || schema == null) {
        continue;
      }
      if (schema.getType() == null && schema.getRef() == null && schema.getEnumeration() != null) {
        schema.setType(List.of(Schema.SchemaType.STRING));
      }
      if (List.of(Schema.SchemaType.ARRAY).equals(schema.getType())) {
        listParameter(parameter);
        continue;
      }
      Schema typed = isBareString(schema) ? parameterSchema(op.getOperationId(), parameter) : null;
      if (typed == null) {
        continue;
      }
      parameter.setSchema(typed);
      if (parameter.getExample() instanceof String example && typed.getType() != null) {
        // the annotation's example is text: give it the parameter's type
        if (typed.getType().contains(Schema.SchemaType.INTEGER)) {
          parameter.setExample(Integer.valueOf(example));
        } else if (typed.getType().contains(Schema.SchemaType.BOOLEAN)) {
          parameter.setExample(Boolean.valueOf(example));
        }
      }
    }
  }

  static Schema fiscalPeriodSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .pattern("^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$")
        .description("A fiscal year, half, quarter or calendar month")
        .example("2026-Q4");
  }

  /**
   * A list parameter is read by Params.list from repeats (`stage=a&stage=b`, what generators send)
   * and from commas (`stage=a,b`); the contract shows the first, with an array as its example.
   */
  private static void listParameter(Parameter parameter) {
    parameter.setStyle(Parameter.Style.FORM);
    parameter.setExplode(true);
    if (parameter.getExample() instanceof String example) {
      parameter.setExample(List.of(example.split(",")));
    }
    if (parameter.getDescription() != null && !parameter.getDescription().contains("repeat")) {
      parameter.setDescription(
          parameter.getDescription()
              + ": repeat the parameter (`?"
              + parameter.getName()
              + "=a&"
              + parameter.getName()
              + "=b`) or separate values with commas");
    }
  }

  private static boolean isBareString(Schema schema) {
    return schema.getRef() == null
        && List.of(Schema.SchemaType.STRING).equals(schema.getType())
        && schema.getFormat() == null
        && schema.getPattern() == null
        && schema.getEnumeration() == null;
  }

  /**
   * The schema of a parameter, by name: ids are UUIDs, `*Date*` and a few others dates, `*Since`
   * and `*At` timestamps. `from` and `to` mean different things in different operations. Null for
   * free text (q, sort, cursor ...).
   */
  private static Schema parameterSchema(String operationId, Parameter parameter) {
    String name = parameter.getName();
    if (name.equals("id") || name.endsWith("Id") && !name.equals("externalId")) {
      return string("uuid", null);
    }
    if (name.contains("Date") || DATE_PARAMETERS.contains(name)) {
      return string("date", null);
    }
    if (name.endsWith("Since") || name.endsWith("At")) {
      return string("date-time", null);
    }
    return switch (name) {
      case "limit" ->
          OASFactory.createSchema()
              .type(List.of(Schema.SchemaType.INTEGER))
              .format("int32")
              .minimum(BigDecimal.ONE)
              .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT));
      case "active", "atomic", "includeRetired" ->
          OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN));
      case "amountMin", "amountMax" -> string("decimal", "^[0-9]{1,15}(\\.[0-9]{1,2})?$");
      case "period", "cycle" -> ref(FISCAL_PERIOD);
      case "month" -> ref("YearMonth");
      case "currency" -> string(null, "^[A-Z]{3}$");
      case "source" -> string(null, ExternalId.SOURCE_PATTERN);
      case "key" -> string(null, "^[a-z][a-z0-9_]{0,49}$");
      case "from", "to" ->
          switch (operationId) {
            case "getAccountPnl", "getCompanyPnl", "listExchangeRates" -> ref("YearMonth");
            case "listCostEntries", "listRevenueEntries", "getAccountSatisfaction" ->
                string("date", null);
            case "getForecastAccuracy" -> ref(FISCAL_PERIOD);
            case "listActivities", "listAccountActivities" -> string("date-time", null);
            default -> null;
          };
      default -> null;
    };
  }

  private static Schema string(String format, String pattern) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .format(format)
        .pattern(pattern);
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema().ref("#/components/schemas/" + name);
  }
}
