package org.csptransfer.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Limits;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.core.Subscription;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.core.Transfer;
import org.csptransfer.core.TransitionPolicy;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.json.internal.JsonInput;
import org.csptransfer.json.internal.JsonObjectReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads scenarios (CONTRACT.md, "The scenario file") strictly: an unknown field, a fractional
 * count, a malformed id, a repeated id, a reference to nothing, an inconsistent combination
 * (channel CSP without partner, CANCEL without date, price without currency, a SKU and service
 * plans) or a value outside the {@link Limits} is a {@link ScenarioException} naming the JSON path,
 * never a silent default.
 *
 * <pre>{@code
 * ScenarioReader reader = ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();
 * Scenario scenario = reader.read(Path.of("plan.json"));
 * TransitionDecision decision = TransitionPipeline.standard(scenario).evaluate(scenario.request());
 * }</pre>
 *
 * <p>Country codes are checked against the JDK's ISO list and the region table, region names
 * against the region table this reader was given, SKUs (an offer's {@code "sku"}) against its SKU
 * reference. A document larger than {@link #maxChars()} characters (32 Mi by default) is refused
 * while it is read, so a reader never holds more. Immutable and thread-safe.
 */
public final class ScenarioReader {

  /** The default largest document: 32 Mi characters. */
  public static final long DEFAULT_MAX_CHARS = 32L * 1024 * 1024;

  private final PartiesSection parties;
  private final OffersSection offerSection;
  private final long maxChars;
  private final JsonInput input;

  private ScenarioReader(Builder builder) {
    this.maxChars = builder.maxChars;
    this.input = new JsonInput(maxChars);
    this.parties = new PartiesSection(builder.regions);
    this.offerSection = new OffersSection(builder.skus);
  }

  /**
   * Returns a reader that knows the 2021 CSP region names and no SKU reference.
   *
   * @return the reader
   */
  public static ScenarioReader standard() {
    return builder().build();
  }

  /**
   * Returns a builder: the 2021 region table, no SKU reference, documents of up to {@value
   * #DEFAULT_MAX_CHARS} characters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest document this reader reads.
   *
   * @return the limit, in characters
   */
  public long maxChars() {
    return maxChars;
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file, UTF-8 JSON; not null
   * @return the scenario
   * @throws IOException if the file cannot be read
   * @throws ScenarioException if it is not a valid scenario, or not UTF-8 text
   */
  public Scenario read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a scenario from UTF-8 bytes.
   *
   * @param in the bytes; not null; not closed by this method
   * @return the scenario
   * @throws IOException if the bytes cannot be read
   * @throws ScenarioException if they are not a valid scenario, or not UTF-8 text
   */
  public Scenario read(InputStream in) throws IOException {
    return read(JsonInput.utf8(requireNonNull(in, "in")));
  }

  /**
   * Reads a scenario from text.
   *
   * @param in the text; not null; not closed by this method
   * @return the scenario
   * @throws IOException if the text cannot be read
   * @throws ScenarioException if it is not a valid scenario
   */
  public Scenario read(Reader in) throws IOException {
    return scenario(JsonObjectReader.root(input.tree(requireNonNull(in, "in"))));
  }

  /**
   * Reads a scenario from UTF-8 bytes already in memory, for example one line of a book: the
   * fastest way in, since the bytes are parsed without decoding them into text first.
   *
   * @param utf8 the scenario, UTF-8; not null
   * @return the scenario
   * @throws ScenarioException if it is not a valid scenario, or not UTF-8 text
   */
  public Scenario read(byte[] utf8) {
    return scenario(JsonObjectReader.root(input.tree(requireNonNull(utf8, "utf8"))));
  }

  /**
   * Reads a scenario from a string.
   *
   * @param json the scenario; not null
   * @return the scenario
   * @throws ScenarioException if it is not a valid scenario
   */
  public Scenario read(String json) {
    try {
      return read(new StringReader(requireNonNull(json, "json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
  }

  /**
   * Reads an offer catalog file: {@code {"offers": [...]}}, offers in the scenario's format.
   *
   * @param in the text; not null; not closed by this method
   * @return the catalog
   * @throws IOException if the text cannot be read
   * @throws ScenarioException if it is not a valid offer catalog
   */
  public OfferCatalog readOffers(Reader in) throws IOException {
    JsonObjectReader json = JsonObjectReader.root(input.tree(requireNonNull(in, "in")));
    OfferCatalog offers = offerSection.offers(json);
    json.finish();
    return offers;
  }

  /**
   * Reads an offer catalog file of UTF-8 bytes: {@code {"offers": [...]}}.
   *
   * @param in the bytes; not null; not closed by this method
   * @return the catalog
   * @throws IOException if the bytes cannot be read
   * @throws ScenarioException if they are not a valid offer catalog, or not UTF-8 text
   */
  public OfferCatalog readOffers(InputStream in) throws IOException {
    return readOffers(JsonInput.utf8(requireNonNull(in, "in")));
  }

  /** Reads a scenario from a document already parsed. */
  Scenario scenario(JsonObjectReader json) {
    json.optionalText("$schema"); // for editors: the file's schema, which the reader need not know
    LocalDate asOf = ScenarioValues.date(json, "asOf");
    Partner partner = parties.partner(json.object("partner"));
    Customer customer = parties.customer(json.object("customer"));
    OfferCatalog offers = offerSection.offers(json);
    List<Subscription> sources = SourcesSection.sources(json);
    Map<SubscriptionId, Subscription> sourcesById = new HashMap<>();
    sources.forEach(source -> sourcesById.put(source.id(), source));
    List<PlannedSubscription> targets = PlanSection.targets(json, sourcesById.keySet());
    List<Transfer> transfers = PlanSection.transfers(json, asOf, sourcesById);
    TransitionPolicy policy =
        json.optionalObject("policy")
            .map(PolicySection::policy)
            .orElse(TransitionPolicy.defaults());
    json.finish();
    TransitionRequest request =
        ScenarioValues.built(
            json::path,
            () ->
                TransitionRequest.builder()
                    .asOf(asOf)
                    .partner(partner)
                    .customer(customer)
                    .sources(sources)
                    .targets(targets)
                    .transfers(transfers)
                    .build());
    return Scenario.of(request, offers, policy);
  }

  /** Builds readers. Not thread-safe; the readers it builds are. */
  public static final class Builder {
    private RegionCatalog regions = RegionCatalog.csp2021();
    private @Nullable Supplier<SkuCatalog> skus;
    private long maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /**
     * Sets the region table region names and country codes are checked against (default: {@link
     * RegionCatalog#csp2021()}).
     *
     * @param regions the region table; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder regions(RegionCatalog regions) {
      this.regions = requireNonNull(regions, "regions");
      return this;
    }

    /**
     * Sets the SKU reference an offer's {@code "sku"} is looked up in (default: none, and a
     * scenario naming a SKU is refused). The {@code transfer-catalog} module ships Microsoft's.
     *
     * @param skus the SKU reference; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder skus(SkuCatalog skus) {
      requireNonNull(skus, "skus");
      this.skus = () -> skus;
      return this;
    }

    /**
     * Sets where the SKU reference comes from, asked only when a scenario names a {@code "sku"}: a
     * command reading scenarios without SKUs never loads Microsoft's table. For example {@code
     * skus(MicrosoftLicensing::skus)}, which loads the table once and keeps it.
     *
     * @param skus gives the SKU reference, each time an offer names a SKU (so it should keep what
     *     it loads), never null; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder skus(Supplier<SkuCatalog> skus) {
      this.skus = requireNonNull(skus, "skus");
      return this;
    }

    /**
     * Sets the largest document read (default {@value #DEFAULT_MAX_CHARS} characters).
     *
     * @param maxChars the limit, in characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if the limit is below 1
     */
    @CanIgnoreReturnValue
    public Builder maxChars(long maxChars) {
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxChars: " + maxChars + " is below 1");
      }
      this.maxChars = maxChars;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public ScenarioReader build() {
      return new ScenarioReader(this);
    }
  }
}
