package io.clientele.pnl;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.clientele.common.Money;
import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One amount per cost category, each optional, each in its own currency. */
@Schema(name = "CostFigures", description = "An amount per cost category; a missing one is none")
public record CostFigures(
    @Schema(nullable = true) @Valid Money staff,
    @Schema(nullable = true) @JsonProperty("third_party") @Valid Money thirdParty,
    @Schema(nullable = true) @Valid Money media,
    @Schema(nullable = true) @Valid Money travel,
    @Schema(nullable = true) @Valid Money other) {

  static final CostFigures NONE = new CostFigures(null, null, null, null, null);

  /** The figures that are set, by category. */
  Map<CostCategory, Money> byCategory() {
    Map<CostCategory, Money> figures = new EnumMap<>(CostCategory.class);
    put(figures, CostCategory.staff, staff);
    put(figures, CostCategory.third_party, thirdParty);
    put(figures, CostCategory.media, media);
    put(figures, CostCategory.travel, travel);
    put(figures, CostCategory.other, other);
    return figures;
  }

  static CostFigures of(Map<CostCategory, Money> figures) {
    return new CostFigures(
        figures.get(CostCategory.staff),
        figures.get(CostCategory.third_party),
        figures.get(CostCategory.media),
        figures.get(CostCategory.travel),
        figures.get(CostCategory.other));
  }

  private static void put(Map<CostCategory, Money> figures, CostCategory category, Money money) {
    if (money != null) {
      figures.put(category, money);
    }
  }
}
