package org.csptransfer.rules;

import static org.csptransfer.rules.Plans.PARTNER;
import static org.csptransfer.rules.Plans.TENANT;
import static org.csptransfer.rules.Plans.assertCodes;
import static org.csptransfer.rules.Plans.customer;
import static org.csptransfer.rules.Plans.evaluate;
import static org.csptransfer.rules.Plans.plan;
import static org.csptransfer.rules.Plans.source;
import static org.csptransfer.rules.Plans.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.csptransfer.core.Channel;
import org.csptransfer.core.Customer;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.action.AwaitAcceptance;
import org.csptransfer.rules.action.RequestRelationship;
import org.junit.jupiter.api.Test;

class RelationshipRuleTest {

  private static TransitionRequest withCustomer(Customer customer) {
    return TransitionRequest.builder().from(plan()).customer(customer).build();
  }

  @Test
  void acceptedRelationshipSatisfiesTheRule() {
    assertCodes(evaluate(plan()));
  }

  @Test
  void noRelationshipAtAllIsMissingAndMustBeRequested() {
    TransitionDecision decision =
        evaluate(
            withCustomer(customer(RelationshipStatus.ACCEPTED).relationships(List.of()).build()));
    assertCodes(decision, FindingCode.RELATIONSHIP_MISSING);
    assertEquals(Verdict.REJECTED, decision.verdict());
    assertEquals(List.of(RequestRelationship.of(PARTNER, TENANT)), decision.actions());
    assertEquals(List.of(PARTNER.value()), decision.findings().get(0).subjects());
  }

  @Test
  void anotherPartnersAcceptedRelationshipDoesNotCount() {
    Customer multiPartner =
        customer(RelationshipStatus.ACCEPTED)
            .relationships(
                List.of(Relationship.of(PartnerId.of("999"), RelationshipStatus.ACCEPTED)))
            .build();
    assertCodes(evaluate(withCustomer(multiPartner)), FindingCode.RELATIONSHIP_MISSING);
  }

  @Test
  void otherPartnersRelationshipsAreNoObstacle() {
    Customer multiPartner =
        customer(RelationshipStatus.ACCEPTED)
            .addRelationship(Relationship.of(PartnerId.of("999"), RelationshipStatus.INVITED))
            .build();
    assertCodes(evaluate(withCustomer(multiPartner)));
  }

  @Test
  void invitedButNotAcceptedIsPendingAndMustBeAwaited() {
    TransitionDecision decision =
        evaluate(withCustomer(customer(RelationshipStatus.INVITED).build()));
    assertCodes(decision, FindingCode.RELATIONSHIP_PENDING);
    assertEquals(List.of(AwaitAcceptance.of(PARTNER, TENANT)), decision.actions());
  }

  @Test
  void aSourceHeldThroughTheTargetPartnerIsTheSamePartner() {
    TransitionDecision decision =
        evaluate(
            plan(
                source("sub-001").channel(Channel.CSP).partnerId(PARTNER),
                target("t1", "sub-001")));
    assertCodes(decision, FindingCode.SAME_PARTNER);
    assertEquals(List.of("sub-001", PARTNER.value()), decision.findings().get(0).subjects());
  }

  @Test
  void aSourceHeldThroughAnotherPartnerCanMove() {
    assertCodes(
        evaluate(
            plan(
                source("sub-001").channel(Channel.CSP).partnerId(PartnerId.of("999")),
                target("t1", "sub-001"))));
  }
}
