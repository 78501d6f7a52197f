package org.csptransfer.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The identifier of a subscription: a customer's current one (a source of the transition) or a
 * planned one (a target).
 *
 * <p>Any non-blank text is accepted; the value is kept exactly as given (ids are compared
 * case-sensitively, as Partner Center compares them).
 */
@Value.Immutable
public abstract class SubscriptionId implements Comparable<SubscriptionId> {

  SubscriptionId() {}

  /**
   * Returns the id with the given text.
   *
   * @param value the id, for example {@code "sub-001"}; not null, not blank
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static SubscriptionId of(String value) {
    return ImmutableSubscriptionId.of(value);
  }

  /**
   * Returns the text of this id.
   *
   * @return the id as given, never blank
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    checkArgument(!value().isBlank(), "subscription id: must not be blank, got '%s'", value());
  }

  /** Orders ids by their text, so that reports and findings list them in a stable order. */
  @Override
  public int compareTo(SubscriptionId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id's text, so that an id reads naturally in messages. */
  @Override
  public String toString() {
    return value();
  }
}
