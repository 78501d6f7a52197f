package org.csptransfer.rules;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Partner;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.Subscription;
import org.csptransfer.rules.action.AwaitAcceptance;
import org.csptransfer.rules.action.RequestRelationship;

/**
 * The reseller relationship every other step depends on: only after the customer accepts the
 * partner's request can the partner provision subscriptions for the tenant, or receive them by
 * transfer (docs/DOMAIN.md, sections 1 and 8). Relationships with other partners are irrelevant:
 * multi-partner customers are normal. A source already held through the target partner has nothing
 * to move.
 */
final class RelationshipRule implements Rule {

  @Override
  public String id() {
    return StandardRule.RELATIONSHIP.id();
  }

  @Override
  public String description() {
    return "The customer has accepted the target partner's reseller relationship request";
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    List<Finding> findings = List.of();
    Partner partner = context.request().partner();
    Customer customer = context.request().customer();
    Optional<Relationship> relationship = customer.relationshipWith(partner.id());
    if (relationship.isEmpty()) {
      findings =
          Findings.add(
              findings,
              Finding.of(
                  FindingCode.RELATIONSHIP_MISSING,
                  List.of(partner.id().value()),
                  arguments(partner, customer),
                  RequestRelationship.of(partner.id(), customer.tenantId())));
    } else if (relationship.get().status() == RelationshipStatus.INVITED) {
      findings =
          Findings.add(
              findings,
              Finding.of(
                  FindingCode.RELATIONSHIP_PENDING,
                  List.of(partner.id().value()),
                  arguments(partner, customer),
                  AwaitAcceptance.of(partner.id(), customer.tenantId())));
    }
    List<Subscription> sources = context.request().sources();
    for (int i = 0; i < sources.size(); i++) {
      Subscription source = sources.get(i);
      if (source.isHeldBy(partner)) {
        findings = Findings.add(findings, samePartner(partner, source));
      }
    }
    return findings;
  }

  private static Finding samePartner(Partner partner, Subscription source) {
    return Finding.of(
        FindingCode.SAME_PARTNER,
        List.of(source.id().value(), partner.id().value()),
        ImmutableMap.of(
            "source", source.id().value(),
            "partnerId", partner.id().value(),
            "partner", partner.name()));
  }

  private static Map<String, Object> arguments(Partner partner, Customer customer) {
    return ImmutableMap.of(
        "partnerId", partner.id().value(),
        "tenantId", customer.tenantId().toString(),
        "partner", partner.name(),
        "customer", customer.name());
  }
}
