package org.csptransfer.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.csptransfer.core.Customer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.testkit.Samples;

/**
 * The testkit's sample world seen from the rules' tests: Fabrikam (France) takes over Contoso
 * (Belgium), one E3 subscription of 50 seats (48 assigned) whose term ends 2026-03-31, replaced by
 * 50 seats of E3 starting 2026-03-28. It is approved with nothing to do; each test changes only
 * what it is about.
 */
public final class Plans {

  public static final LocalDate AS_OF = Samples.AS_OF;
  public static final PartnerId PARTNER = Samples.FABRIKAM;
  public static final TenantId TENANT = Samples.CONTOSO_TENANT;

  /** The source's first day without service when left to expire. */
  public static final LocalDate END = LocalDate.of(2026, 4, 1);

  public static final OfferId E3 = Samples.E3;
  public static final OfferId E5 = Samples.E5;
  public static final OfferId BASIC = Samples.BASIC;
  public static final OfferId LEGACY_E3 = Samples.LEGACY_E3;
  public static final OfferId AUDIO = Samples.AUDIO;
  public static final OfferId E3_NO_TEAMS = Samples.E3_NO_TEAMS;
  public static final OfferId TEAMS = Samples.TEAMS;

  private Plans() {}

  public static OfferCatalog offers() {
    return Samples.offers();
  }

  public static TransitionPipeline pipeline() {
    return TransitionPipeline.standard(offers());
  }

  public static Partner.Builder partner() {
    return Samples.fabrikam();
  }

  public static Customer.Builder customer(RelationshipStatus status) {
    return Samples.contoso()
        .relationships(List.of())
        .addRelationship(Relationship.of(PARTNER, status));
  }

  public static Subscription.Builder source(String id) {
    return Samples.e3Source(id);
  }

  public static PlannedSubscription.Builder target(String id, String... replaces) {
    return Samples.e3Target(id, replaces);
  }

  /** A request with the partner and customer but no sources or targets. */
  public static TransitionRequest.Builder emptyRequest() {
    return Samples.request();
  }

  /** The typical plan with the given source and target in place of the standard ones. */
  public static TransitionRequest plan(
      Subscription.Builder source, PlannedSubscription.Builder target) {
    return emptyRequest().addSource(source.build()).addTarget(target.build()).build();
  }

  /** The typical plan. */
  public static TransitionRequest plan() {
    return Samples.typicalPlan().build();
  }

  public static TransitionDecision evaluate(TransitionRequest request) {
    return pipeline().evaluate(request);
  }

  /** Asserts the exact codes, in the decision's order. */
  public static void assertCodes(TransitionDecision decision, FindingCode... expected) {
    assertEquals(
        List.of(expected).stream().map(Enum::name).toList(),
        decision.codes(),
        () -> "findings: " + decision.findings());
  }

  /** Asserts the exact codes a rule raised, in order. */
  public static void assertCodesOf(
      StandardRule rule, TransitionDecision decision, FindingCode... expected) {
    assertEquals(
        List.of(expected).stream().map(Enum::name).toList(),
        decision.findings().stream()
            .filter(finding -> finding.rule().equals(rule.id()))
            .map(Finding::code)
            .toList(),
        () -> "findings: " + decision.findings());
  }
}
