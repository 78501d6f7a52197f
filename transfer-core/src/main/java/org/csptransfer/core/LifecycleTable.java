package org.csptransfer.core;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * How long each kind of subscription keeps serving users and keeps its data after it ends, by the
 * channel it was bought through: reference data of the pipeline, like the region table, and
 * replaceable (CONTRACT.md, "Version 3", "Lifecycle by channel"; docs/DOMAIN.md, section 12).
 *
 * <p>{@link #microsoft2026()} is Microsoft's documentation as checked in December 2026:
 *
 * <table>
 *   <caption>Days expired, disabled, and kept after a cancellation</caption>
 *   <tr><th>source</th><th>expired</th><th>disabled</th><th>after a cancellation</th></tr>
 *   <tr><td>CSP, new commerce</td><td>30</td><td>90</td><td>7 (deleted at once, 7 days to back
 *       up)</td></tr>
 *   <tr><td>CSP legacy, direct, Open, other</td><td>30</td><td>90</td><td>90</td></tr>
 *   <tr><td>Enterprise Agreement</td><td>0</td><td>150</td><td>150</td></tr>
 *   <tr><td>a trial, any channel</td><td>30</td><td>0</td><td>its channel's</td></tr>
 * </table>
 *
 * <p>A source's days ({@link #lifecycleOf(Subscription, TransitionPolicy)}) are its channel and
 * commerce row; for a trial the trial's expired and disabled days, keeping its channel's
 * cancellation days; then the policy's present overrides, column by column.
 *
 * <p>Immutable and thread-safe.
 */
// Immutables would make its builder extend a nested class named Builder; this one fills the dense
// table by channel, with its own checks, so Immutables keeps its own.
@SuppressWarnings("immutables:incompat")
@Value.Immutable
public abstract class LifecycleTable {

  /** Declared first: the shared table below is built with it. */
  private static final int COMMERCES = Commerce.values().length;

  private static final LifecycleTable MICROSOFT_2026 =
      new Builder()
          .channel(Channel.CSP, Commerce.NCE, SubscriptionLifecycle.of(30, 90, 7))
          .channel(Channel.CSP, Commerce.LEGACY, SubscriptionLifecycle.of(30, 90, 90))
          .channel(Channel.DIRECT, SubscriptionLifecycle.of(30, 90, 90))
          .channel(Channel.OPEN, SubscriptionLifecycle.of(30, 90, 90))
          .channel(Channel.OTHER, SubscriptionLifecycle.of(30, 90, 90))
          .channel(Channel.ENTERPRISE_AGREEMENT, SubscriptionLifecycle.of(0, 150, 150))
          .trial(30, 0)
          .build();

  /** Rows by channel ordinal × commerce ordinal. */
  LifecycleTable() {}

  /**
   * Returns Microsoft's lifecycles as documented in December 2026 (the table above).
   *
   * @return the shared table
   */
  public static LifecycleTable microsoft2026() {
    return MICROSOFT_2026;
  }

  /**
   * Returns a builder that starts from {@link #microsoft2026()}'s rows; each call replaces one.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(MICROSOFT_2026);
  }

  /**
   * Returns the row of a channel and commerce. The commerce matters for {@link Channel#CSP} only.
   *
   * @param channel the channel; not null
   * @param commerce the commerce; not null
   * @return the row
   */
  public SubscriptionLifecycle row(Channel channel, Commerce commerce) {
    return rows()
        .get(index(requireNonNull(channel, "channel"), requireNonNull(commerce, "commerce")));
  }

  /**
   * Returns the days a trial stays Expired after its end (its channel's row gives its cancellation
   * days).
   *
   * @return the trial's expired days
   */
  @Value.Parameter
  public abstract int trialExpiredDays();

  /**
   * Returns the days a trial stays Disabled after its expired days (0: Microsoft deletes a trial's
   * data when the expired period ends).
   *
   * @return the trial's disabled days
   */
  @Value.Parameter
  public abstract int trialDisabledDays();

  /**
   * Returns a source's days (CONTRACT.md, "Version 3", clarification 2): its channel and commerce
   * row; for a trial, the trial's expired and disabled days with the channel's cancellation days;
   * then each override the policy holds. The source's status and disposition do not change them.
   *
   * @param source the source; not null
   * @param policy the policy whose overrides apply; not null
   * @return the source's lifecycle
   */
  public SubscriptionLifecycle lifecycleOf(Subscription source, TransitionPolicy policy) {
    SubscriptionLifecycle row = row(source.channel(), source.commerce());
    SubscriptionLifecycle own = source.trial() ? trialOf(row) : row;
    int expired = own.expiredDays();
    int disabled = own.disabledDays();
    int cancelled = own.cancelledRetentionDays();
    if (policy.expiredGraceDays().isPresent()) {
      expired = policy.expiredGraceDays().getAsInt();
    }
    if (policy.disabledDays().isPresent()) {
      disabled = policy.disabledDays().getAsInt();
    }
    if (policy.cancelledRetentionDays().isPresent()) {
      cancelled = policy.cancelledRetentionDays().getAsInt();
    }
    if (expired == own.expiredDays()
        && disabled == own.disabledDays()
        && cancelled == own.cancelledRetentionDays()) {
      return own;
    }
    return SubscriptionLifecycle.of(expired, disabled, cancelled);
  }

  /**
   * Returns the days of a kind of subscription, without a policy's overrides: its channel and
   * commerce row, and for a trial the trial's expired and disabled days with that row's
   * cancellation days.
   *
   * @param channel the channel; not null
   * @param commerce the commerce; not null
   * @param trial whether it is a trial
   * @return its lifecycle
   */
  public SubscriptionLifecycle lifecycleOf(Channel channel, Commerce commerce, boolean trial) {
    SubscriptionLifecycle row = row(channel, commerce);
    return trial ? trialOf(row) : row;
  }

  private SubscriptionLifecycle trialOf(SubscriptionLifecycle row) {
    return SubscriptionLifecycle.of(
        trialExpiredDays(), trialDisabledDays(), row.cancelledRetentionDays());
  }

  /**
   * The rows of every channel and commerce, by {@link #index}: a dense list, no map lookup per
   * source of each evaluation.
   */
  @Value.Parameter
  abstract List<SubscriptionLifecycle> rows();

  // A dense array indexed by position: no map lookup per source of each evaluation. The table is
  // built from the enums' values() in the same order, so positions cannot disagree.
  @SuppressWarnings("EnumOrdinal")
  private static int index(Channel channel, Commerce commerce) {
    return channel.ordinal() * COMMERCES + commerce.ordinal();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("LifecycleTable{");
    for (Channel channel : Channel.values()) {
      for (Commerce commerce : Commerce.values()) {
        if (channel != Channel.CSP && commerce != Commerce.NCE) {
          continue;
        }
        text.append(channel);
        if (channel == Channel.CSP) {
          text.append(' ').append(commerce);
        }
        text.append(": ").append(row(channel, commerce)).append("; ");
      }
    }
    return text.append("trial: ")
        .append(trialExpiredDays())
        .append(" expired + ")
        .append(trialDisabledDays())
        .append(" disabled}")
        .toString();
  }

  /** Builds lifecycle tables from Microsoft's, one replaced row at a time. */
  public static final class Builder {
    private final SubscriptionLifecycle[] rows;
    private int trialExpiredDays;
    private int trialDisabledDays;

    private Builder() {
      this.rows = new SubscriptionLifecycle[Channel.values().length * COMMERCES];
    }

    private Builder(LifecycleTable from) {
      this.rows = from.rows().toArray(new SubscriptionLifecycle[0]);
      this.trialExpiredDays = from.trialExpiredDays();
      this.trialDisabledDays = from.trialDisabledDays();
    }

    /**
     * Sets the row of a channel, for every commerce.
     *
     * @param channel the channel; not null
     * @param row its lifecycle; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder channel(Channel channel, SubscriptionLifecycle row) {
      for (Commerce commerce : Commerce.values()) {
        channel(channel, commerce, row);
      }
      return this;
    }

    /**
     * Sets the row of a channel and commerce (the commerce matters for {@link Channel#CSP} only).
     *
     * @param channel the channel; not null
     * @param commerce the commerce; not null
     * @param row its lifecycle; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder channel(Channel channel, Commerce commerce, SubscriptionLifecycle row) {
      rows[index(requireNonNull(channel, "channel"), requireNonNull(commerce, "commerce"))] =
          requireNonNull(row, "row");
      return this;
    }

    /**
     * Sets a trial's expired and disabled days (its channel's row keeps giving its cancellation
     * days).
     *
     * @param expiredDays days Expired after the end
     * @param disabledDays days Disabled after those
     * @return this builder
     * @throws IllegalArgumentException if a count is negative or more than {@value
     *     Limits#MAX_POLICY_DAYS}
     */
    @CanIgnoreReturnValue
    public Builder trial(int expiredDays, int disabledDays) {
      SubscriptionLifecycle checked = SubscriptionLifecycle.of(expiredDays, disabledDays, 0);
      this.trialExpiredDays = checked.expiredDays();
      this.trialDisabledDays = checked.disabledDays();
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public LifecycleTable build() {
      return ImmutableLifecycleTable.of(trialExpiredDays, trialDisabledDays, Arrays.asList(rows));
    }
  }
}
