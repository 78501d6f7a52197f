package org.csptransfer.rules.action;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.rules.Actor;
import org.immutables.value.Value;

/** Assign users the new offer's licence in place of the old one's. */
@Value.Immutable
public abstract non-sealed class ReassignLicenses implements RequiredAction {
  ReassignLicenses() {}

  /**
   * Returns the action.
   *
   * @param source the subscription users leave; not null
   * @param target the subscription users move to; not null
   * @param fromOffer the offer users hold today; not null
   * @param toOffer the offer they must be assigned; not null
   * @param users how many users to reassign, at least 0
   * @return the action
   * @throws IllegalArgumentException if {@code users} is negative
   */
  public static ReassignLicenses of(
      SubscriptionId source, SubscriptionId target, OfferId fromOffer, OfferId toOffer, int users) {
    return ImmutableReassignLicenses.of(source, target, fromOffer, toOffer, users);
  }

  /**
   * Returns the subscription users leave.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract SubscriptionId source();

  /**
   * Returns the subscription users move to.
   *
   * @return the target
   */
  @Value.Parameter
  public abstract SubscriptionId target();

  /**
   * Returns the offer users hold today.
   *
   * @return the offer
   */
  @Value.Parameter
  public abstract OfferId fromOffer();

  /**
   * Returns the offer users must be assigned.
   *
   * @return the offer
   */
  @Value.Parameter
  public abstract OfferId toOffer();

  /**
   * Returns how many users to reassign.
   *
   * @return the users, at least 0
   */
  @Value.Parameter
  public abstract int users();

  @Override
  public Kind kind() {
    return Kind.REASSIGN_LICENSES;
  }

  @Override
  public Actor actor() {
    return Actor.CUSTOMER;
  }

  @Override
  public Map<String, Object> arguments() {
    return ImmutableMap.of(
        "source", source().value(),
        "target", target().value(),
        "fromOffer", fromOffer().value(),
        "toOffer", toOffer().value(),
        "users", users());
  }

  @Value.Check
  void check() {
    checkArgument(users() >= 0, "reassignLicenses.users: %s is negative", users());
  }
}
