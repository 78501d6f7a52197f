package org.csptransfer.rules.internal;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Partner;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.Finding;
import org.csptransfer.rules.FindingCode;
import org.csptransfer.rules.RequiredAction;
import org.csptransfer.rules.Rule;
import org.csptransfer.rules.RuleContext;
import org.csptransfer.rules.StandardRule;

/**
 * The reseller relationship every other step depends on: only after the customer accepts the
 * partner's request can the partner provision subscriptions for the tenant (domain brief, section
 * 1). Relationships with other partners are irrelevant: multi-partner customers are normal. A
 * source already held through the target partner has nothing to move.
 */
public final class RelationshipRule implements Rule {

  @Override
  public String id() {
    return StandardRule.RELATIONSHIP.id();
  }

  @Override
  public String description() {
    return "The customer has accepted the target partner's reseller relationship request";
  }

  @Override
  public List<Finding> evaluate(TransitionRequest request, RuleContext context) {
    List<Finding> findings = List.of();
    Partner partner = request.partner();
    Customer customer = request.customer();
    Optional<Relationship> relationship = customer.relationshipWith(partner.id());
    if (relationship.isEmpty()) {
      findings = FindingList.add(findings, missing(partner, customer));
    } else if (relationship.get().status() == RelationshipStatus.INVITED) {
      findings = FindingList.add(findings, pending(partner, customer));
    }
    List<Subscription> sources = request.sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription source = sources.get(i);
      if (source.partnerId().isPresent() && source.partnerId().get().equals(partner.id())) {
        findings = FindingList.add(findings, samePartner(partner, source));
      }
    }
    return findings;
  }

  private static Finding missing(Partner partner, Customer customer) {
    return Finding.of(
            FindingCode.RELATIONSHIP_MISSING,
            List.of(partner.id().value()),
            ""
                + customer.name()
                + " has no reseller relationship with "
                + partner.name()
                + " ("
                + partner.id()
                + "): the partner cannot provision subscriptions for tenant "
                + customer.tenantId(),
            arguments(partner, customer))
        .withAction(new RequiredAction.RequestRelationship(partner.id(), customer.tenantId()));
  }

  private static Finding pending(Partner partner, Customer customer) {
    return Finding.of(
            FindingCode.RELATIONSHIP_PENDING,
            List.of(partner.id().value()),
            ""
                + customer.name()
                + " has not yet accepted the reseller relationship request of "
                + partner.name()
                + " ("
                + partner.id()
                + ")",
            arguments(partner, customer))
        .withAction(new RequiredAction.AwaitAcceptance(partner.id(), customer.tenantId()));
  }

  private static Finding samePartner(Partner partner, Subscription source) {
    return Finding.of(
        FindingCode.SAME_PARTNER,
        List.of(source.id().value(), partner.id().value()),
        ""
            + source.id()
            + " is already held through "
            + partner.name()
            + " ("
            + partner.id()
            + "): there is nothing to move",
        ImmutableMap.of("source", source.id().value(), "partnerId", partner.id().value()));
  }

  private static ImmutableMap<String, Object> arguments(Partner partner, Customer customer) {
    return ImmutableMap.of(
        "partnerId", partner.id().value(), "tenantId", customer.tenantId().toString());
  }
}
