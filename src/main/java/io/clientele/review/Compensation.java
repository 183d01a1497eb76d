package io.clientele.review;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reviewer's compensation recommendation. Only the reviewer, the staff above the reviewer and
 * admins ever see it; for everyone else (the reviewee above all, and executives) the review has no
 * `compensation` key at all.
 */
@Schema(
    name = "CompensationRecommendation",
    description =
        "Seen only by the reviewer, the staff above the reviewer and admins; never by the reviewee or executives")
public record Compensation(
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            nullable = true,
            description = "0 to 30, at most 2 decimals",
            example = "4.5")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @DecimalMin("0")
        @DecimalMax("30")
        @Digits(integer = 2, fraction = 2)
        BigDecimal meritIncreasePercent,
    @Schema(description = "A one-off bonus, zero or more", nullable = true) @Valid Money bonus,
    @Schema(nullable = true, example = "true") Boolean promotion,
    @Schema(
            description = "Required when promotion is true, refused otherwise",
            nullable = true,
            example = "Senior Account Manager")
        @Size(max = 200)
        String proposedTitle,
    @Schema(nullable = true, example = "false") Boolean rotation,
    @Schema(
            description = "Only when rotation is true",
            nullable = true,
            example = "Move to the retail portfolio")
        @Size(max = 2000)
        String rotationNote) {

  public Compensation {
    // one spelling for one value, whatever the database's scale: 4.5, not 4.50
    if (meritIncreasePercent != null) {
      meritIncreasePercent = meritIncreasePercent.stripTrailingZeros();
      if (meritIncreasePercent.scale() < 0) {
        meritIncreasePercent = meritIncreasePercent.setScale(0);
      }
    }
  }

  static final Compensation NONE = new Compensation(null, null, null, null, null, null);

  /** The recommendation a review holds, whoever may see it. */
  static Compensation of(Review review) {
    return new Compensation(
        review.meritIncreasePercent,
        review.bonusCurrency == null ? null : new Money(review.bonusAmount, review.bonusCurrency),
        review.promotion,
        review.proposedTitle,
        review.rotation,
        review.rotationNote);
  }
}
