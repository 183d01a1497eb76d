package io.clientele.account;

import static io.clientele.common.Timestamps.now;

import io.clientele.common.ExternalId;
import io.clientele.common.Money;
import io.clientele.common.VersionedEntity;
import io.clientele.web.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "account")
public class Account extends VersionedEntity {
  public String name;
  public String industry;

  @Enumerated(EnumType.STRING)
  public Tier tier;

  @Enumerated(EnumType.STRING)
  public AccountStatus status;

  public String region;

  @Column(name = "owner_id")
  public UUID ownerId;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(name = "annual_revenue_target_amount")
  public BigDecimal annualRevenueTargetAmount;

  @Column(name = "annual_revenue_target_currency")
  public String annualRevenueTargetCurrency;

  public BigDecimal satisfaction;

  /**
   * True while the account has a live client review: satisfaction is then its latest review's
   * score, kept by the database (V19), and no write of the account may change it.
   */
  @Column(name = "satisfaction_from_reviews", insertable = false, updatable = false)
  public boolean satisfactionFromReviews;

  @Column(name = "renewal_date")
  public LocalDate renewalDate;

  /** Loaded for a whole page in one query (batch), never one query per account. */
  @ElementCollection
  @CollectionTable(name = "account_external_id", joinColumns = @JoinColumn(name = "account_id"))
  @OrderBy("source")
  @BatchSize(size = 500)
  public List<ExternalId> externalIds = new ArrayList<>();

  @Column(name = "deleted_at")
  public Instant deletedAt;

  /**
   * The latest `at` of the account's live meetings, calls and emails: kept by the database (V20's
   * trigger on activity), never written here.
   */
  @Column(name = "last_contact_at", insertable = false, updatable = false)
  public Instant lastContactAt;

  public Money annualRevenueTarget() {
    return Money.ofNullable(annualRevenueTargetAmount, annualRevenueTargetCurrency);
  }

  /** 422 when `wanted` would change a satisfaction that the account's client reviews derive. */
  void checkSatisfaction(BigDecimal wanted) {
    if (satisfactionFromReviews
        && (wanted == null || satisfaction == null || wanted.compareTo(satisfaction) != 0)) {
      throw ProblemException.invalidField("satisfaction", SATISFACTION_FROM_REVIEWS);
    }
  }

  static final String SATISFACTION_FROM_REVIEWS =
      "derived from client reviews: the score of the latest one; read-only while it has any";

  void softDelete() {
    deletedAt = now();
  }
}
