package org.csptransfer.check;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.check.report.Labels;
import org.csptransfer.core.CountryCode;
import org.csptransfer.core.Customer;
import org.csptransfer.core.Limits;
import org.csptransfer.core.Partner;
import org.csptransfer.core.PartnerId;
import org.csptransfer.core.Region;
import org.csptransfer.core.RegionCatalog;
import org.csptransfer.core.Relationship;
import org.csptransfer.core.RelationshipStatus;
import org.csptransfer.core.TenantId;
import org.csptransfer.json.ScenarioException;
import org.csptransfer.json.ScenarioReader;
import org.csptransfer.json.ScenarioWriter;
import org.csptransfer.json.tenant.ImportNote;
import org.csptransfer.json.tenant.TenantImport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code transfer-check import}: turns the JSON bodies of Microsoft Graph {@code GET
 * /subscribedSkus} and {@code GET /directory/subscriptions} (and optionally Partner Center {@code
 * GET /v1/customers/{id}/subscriptions}) into a scenario, ready for {@code --plan} (CONTRACT.md,
 * "Reading tenant data"). The scenario goes to the output file or stdout; what the import could not
 * carry over goes to stderr as notes. Nothing is written when an input cannot be read.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a scenario from a tenant's Graph bodies (and Partner Center's), for --plan.",
      "Notes on what could not be carried over as it stands go to stderr."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the scenario was written",
      "2:an input could not be read (or a usage error)"
    })
final class ImportCommand implements Callable<Integer> {

  @ParentCommand private @Nullable TransferCheck parent;

  @Mixin private LanguageOption language = new LanguageOption();

  @Option(
      names = "--subscribed-skus",
      required = true,
      paramLabel = "FILE",
      description =
          "Body of Graph GET /subscribedSkus (permission LicenseAssignment.Read.All); repeat it"
              + " for every page, in order.")
  private List<String> subscribedSkus = new ArrayList<>();

  @Option(
      names = "--subscriptions",
      required = true,
      paramLabel = "FILE",
      description =
          "Body of Graph GET /directory/subscriptions (permission Organization.Read.All); repeat"
              + " it for every page, in order.")
  private List<String> subscriptions = new ArrayList<>();

  @Option(
      names = "--partner-center",
      paramLabel = "FILE",
      description = "Body of Partner Center GET /v1/customers/{id}/subscriptions (optional).")
  private @Nullable String partnerCenter;

  @Option(
      names = "--offers",
      paramLabel = "FILE",
      description = "An offer catalog, {\"offers\": [...]}, describing offers better (optional).")
  private @Nullable String offers;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The scenario's asOf, YYYY-MM-DD (default: today, UTC).")
  private @Nullable LocalDate asOf;

  @Option(names = "--partner-id", required = true, description = "The new partner's id.")
  private String partnerId = "";

  @Option(names = "--partner-name", required = true, description = "The new partner's name.")
  private String partnerName = "";

  @Option(
      names = "--partner-country",
      required = true,
      paramLabel = "CC",
      description = "The new partner's country, ISO 3166-1 alpha-2.")
  private String partnerCountry = "";

  @Option(
      names = "--partner-tenant",
      paramLabel = "UUID",
      description =
          "The new partner's own tenant id, as Graph's ownerTenantId names partners: tells a"
              + " subscription it already holds.")
  private @Nullable String partnerTenant;

  @Option(
      names = "--partner-region",
      paramLabel = "REGION",
      description = "A region the partner is authorized for, as the region table spells it.")
  private List<String> partnerRegions = new ArrayList<>();

  @Option(
      names = "--customer-tenant",
      paramLabel = "UUID",
      description = "The customer's tenant id (default: as subscribedSkus names it).")
  private @Nullable String customerTenant;

  @Option(names = "--customer-name", required = true, description = "The customer's name.")
  private String customerName = "";

  @Option(
      names = "--customer-country",
      required = true,
      paramLabel = "CC",
      description = "The customer's country, ISO 3166-1 alpha-2.")
  private String customerCountry = "";

  @Option(
      names = "--relationship",
      paramLabel = "STATUS",
      description = "The partner's reseller relationship with the customer: INVITED or ACCEPTED.")
  private @Nullable RelationshipStatus relationship;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the scenario (default: stdout).")
  private @Nullable String output;

  @Override
  public Integer call() {
    TransferCheck command = requireNonNull(parent, "parent");
    PrintStream err = command.err();
    try {
      TenantImport.Result imported = importTenant();
      String scenario = readable(imported);
      if (output == null) {
        command.out().print(scenario);
        command.out().flush();
      } else {
        OutputFile.write(output, scenario);
      }
      Locale locale = language.locale(command.language());
      for (ImportNote note : imported.notes()) {
        err.println(Labels.safe("note: " + note.message(locale)));
      }
      return TransferCheck.APPROVED;
    } catch (InputError e) {
      err.println(e.line());
      return TransferCheck.UNREADABLE;
    }
  }

  /**
   * The imported scenario as a file the checker reads back: pretty-printed, or on one line where
   * indentation alone would pass the reader's limit; refused where even that is too large.
   */
  private String readable(TenantImport.Result imported) throws InputError {
    String scenario = ScenarioWriter.standard().write(imported.scenario());
    if (scenario.length() > ScenarioReader.DEFAULT_MAX_CHARS) {
      scenario = ScenarioWriter.oneLine().write(imported.scenario());
    }
    if (scenario.length() > ScenarioReader.DEFAULT_MAX_CHARS) {
      throw new InputError(
          output == null ? "(stdout)" : output,
          String.format(
              Locale.ROOT,
              "(document): the imported scenario holds %,d characters, more than the %,d a"
                  + " scenario file may hold; import the tenant's subscriptions in parts",
              scenario.length(),
              ScenarioReader.DEFAULT_MAX_CHARS));
    }
    return scenario;
  }

  private TenantImport.Result importTenant() throws InputError {
    TenantImport.Builder builder = TenantImport.builder().skus(MicrosoftLicensing.skus());
    for (String page : subscribedSkus) {
      read(page, builder::subscribedSkus);
    }
    for (String page : subscriptions) {
      read(page, builder::directorySubscriptions);
    }
    String center = partnerCenter;
    if (center != null) {
      read(center, builder::partnerCenterSubscriptions);
    }
    String catalog = offers;
    if (catalog != null) {
      ScenarioReader reader = ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();
      read(catalog, body -> builder.offers(reader.readOffers(body)));
    }
    TenantImport tenant;
    try {
      tenant = builder.build();
    } catch (ScenarioException e) {
      throw new InputError(fileOf(e), String.valueOf(e.getMessage()));
    }
    Customer customer = customer(tenant);
    Partner partner = partner();
    LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    if (!Limits.isSupported(day)) {
      throw new InputError(
          "--as-of", day + " is outside " + Limits.earliestDate() + " to " + Limits.latestDate());
    }
    try {
      return tenant.toScenario(day, partner, customer);
    } catch (ScenarioException e) {
      throw new InputError(fileOf(e), String.valueOf(e.getMessage()));
    }
  }

  /** The file a problem of the import is in: the body the exception names. */
  private String fileOf(ScenarioException e) {
    String center = partnerCenter;
    // A problem found once every page is read is in the last page of its body.
    String skus = subscribedSkus.get(subscribedSkus.size() - 1);
    String graph = subscriptions.get(subscriptions.size() - 1);
    return switch (e.body().orElse("directorySubscriptions")) {
      case "subscribedSkus" -> skus;
      case "partnerCenterSubscriptions" -> center != null ? center : graph;
      default -> graph;
    };
  }

  /** Reads one body of the import. */
  @FunctionalInterface
  private interface Body {
    void read(Reader body) throws IOException;
  }

  /** Reads a file's JSON body, its problems named with the file. */
  private static void read(String file, Body body) throws InputError {
    try (Reader in = open(file)) {
      body.read(in);
    } catch (ScenarioException e) {
      throw new InputError(file, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private Customer customer(TenantImport tenant) throws InputError {
    TenantId id;
    if (customerTenant != null) {
      try {
        id = TenantId.parse(customerTenant);
      } catch (IllegalArgumentException e) {
        throw new InputError("--customer-tenant", "'" + customerTenant + "' is not a UUID");
      }
    } else {
      id =
          tenant
              .tenantId()
              .orElseThrow(
                  () ->
                      new InputError(
                          "--customer-tenant",
                          "missing, and the subscribedSkus items do not name one tenant"));
    }
    Customer.Builder customer =
        Customer.builder()
            .tenantId(id)
            .name(customerName)
            .country(country("--customer-country", customerCountry));
    if (relationship != null) {
      customer.addRelationship(Relationship.of(partnerId(), relationship));
    }
    return built("--customer-name", customer::build);
  }

  private Partner partner() throws InputError {
    Partner.Builder partner =
        Partner.builder()
            .id(partnerId())
            .name(partnerName)
            .country(country("--partner-country", partnerCountry));
    String tenant = partnerTenant;
    if (tenant != null) {
      if (!TenantId.isGuid(tenant)) {
        throw new InputError("--partner-tenant", "'" + Labels.safe(tenant) + "' is not a UUID");
      }
      partner.tenantId(TenantId.parse(tenant));
    }
    for (String name : partnerRegions) {
      // A blank name is no region either: Region.of refuses it, the table knows none.
      java.util.Optional<Region> region =
          name.isBlank() ? java.util.Optional.empty() : RegionCatalog.csp2021().regionNamed(name);
      partner.addRegion(
          region.orElseThrow(
              () ->
                  new InputError(
                      "--partner-region", "unknown region '" + Labels.safe(name) + "'")));
    }
    return built("--partner-name", partner::build);
  }

  private PartnerId partnerId() throws InputError {
    return built("--partner-id", () -> PartnerId.of(partnerId));
  }

  private static CountryCode country(String option, String code) throws InputError {
    if (!CountryCode.isKnown(code)) {
      throw new InputError(
          option, "'" + code + "' is not an upper-case ISO 3166-1 alpha-2 country code");
    }
    return CountryCode.of(code);
  }

  private static <T> T built(String option, java.util.function.Supplier<T> build)
      throws InputError {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InputError(option, String.valueOf(e.getMessage()));
    }
  }

  private static Reader open(String file) throws IOException, InputError {
    // Strict: bytes that are not UTF-8 fail the read (MalformedInputException), never replaced.
    return Files.newBufferedReader(path(file), StandardCharsets.UTF_8);
  }

  private static Path path(String file) throws InputError {
    if (file.isEmpty()) {
      throw new InputError("''", "an empty argument names no file");
    }
    try {
      return Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputError(file, "not a valid file name");
    }
  }

  private static InputError unreadable(String file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new InputError(file, "(file): no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new InputError(file, "(file): permission denied");
    }
    if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
      return new InputError(file, "(document): not UTF-8 text");
    }
    return new InputError(file, "(file): cannot be read: " + e.getMessage());
  }
}
