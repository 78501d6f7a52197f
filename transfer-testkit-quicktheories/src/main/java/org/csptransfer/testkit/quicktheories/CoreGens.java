package org.csptransfer.testkit.quicktheories;

import java.time.LocalDate;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Region;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.TenantId;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.testkit.CoreSamplers;
import org.csptransfer.testkit.Sampler;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid core values: the {@link CoreSamplers} drawn through
 * QuickTheories' randomness, so that failures shrink.
 *
 * <pre>{@code
 * qt().withExamples(1_000)
 *     .forAll(CoreGens.scenarios())
 *     .checkAssert(c -> assertThat(pipeline(c).evaluate(c.request())).isNotNull());
 * }</pre>
 */
public final class CoreGens {

  private CoreGens() {}

  /**
   * Wraps any sampler as a QuickTheories generator.
   *
   * @param <T> the type of the values
   * @param sampler the sampler; not null
   * @return a generator drawing through QuickTheories' randomness source
   */
  public static <T> Gen<T> of(Sampler<T> sampler) {
    return in -> sampler.sample(new QuickTheoriesRandom(in));
  }

  /**
   * Returns a generator of partner ids.
   *
   * @return the generator
   * @see CoreSamplers#partnerIds()
   */
  public static Gen<PartnerId> partnerIds() {
    return of(CoreSamplers.partnerIds());
  }

  /**
   * Returns a generator of tenant ids.
   *
   * @return the generator
   * @see CoreSamplers#tenantIds()
   */
  public static Gen<TenantId> tenantIds() {
    return of(CoreSamplers.tenantIds());
  }

  /**
   * Returns a generator of countries, most in a CSP region.
   *
   * @return the generator
   * @see CoreSamplers#countries()
   */
  public static Gen<CountryCode> countries() {
    return of(CoreSamplers.countries());
  }

  /**
   * Returns a generator of the 2021 regions.
   *
   * @return the generator
   * @see CoreSamplers#regions()
   */
  public static Gen<Region> regions() {
    return of(CoreSamplers.regions());
  }

  /**
   * Returns a generator of partners.
   *
   * @return the generator
   * @see CoreSamplers#partners()
   */
  public static Gen<Partner> partners() {
    return of(CoreSamplers.partners());
  }

  /**
   * Returns a generator of customers.
   *
   * @return the generator
   * @see CoreSamplers#customers()
   */
  public static Gen<Customer> customers() {
    return of(CoreSamplers.customers());
  }

  /**
   * Returns a generator of offers.
   *
   * @return the generator
   * @see CoreSamplers#offers()
   */
  public static Gen<Offer> offers() {
    return of(CoreSamplers.offers());
  }

  /**
   * Returns a generator of offer catalogs.
   *
   * @return the generator
   * @see CoreSamplers#offerCatalogs()
   */
  public static Gen<OfferCatalog> offerCatalogs() {
    return of(CoreSamplers.offerCatalogs());
  }

  /**
   * Returns a generator of policies.
   *
   * @return the generator
   * @see CoreSamplers#policies()
   */
  public static Gen<TransitionPolicy> policies() {
    return of(CoreSamplers.policies());
  }

  /**
   * Returns a generator of current subscriptions for a catalog's offers.
   *
   * @param catalog the offers; not null, not empty
   * @param asOf the evaluation date; not null
   * @return the generator
   * @see CoreSamplers#subscriptions(OfferCatalog, LocalDate)
   */
  public static Gen<Subscription> subscriptions(OfferCatalog catalog, LocalDate asOf) {
    return of(CoreSamplers.subscriptions(catalog, asOf));
  }

  /**
   * Returns a generator of whole scenarios (request, offers, policy).
   *
   * @return the generator
   * @see CoreSamplers#scenarios()
   */
  public static Gen<Scenario> scenarios() {
    return of(CoreSamplers.scenarios());
  }

  /**
   * Returns a generator of situations a planner can solve without error (no targets).
   *
   * @return the generator
   * @see CoreSamplers#plannableScenarios()
   */
  public static Gen<Scenario> plannableScenarios() {
    return of(CoreSamplers.plannableScenarios());
  }

  /**
   * Returns a generator of valid transition requests.
   *
   * @return the generator
   * @see CoreSamplers#requests()
   */
  public static Gen<TransitionRequest> requests() {
    return of(CoreSamplers.requests());
  }
}
