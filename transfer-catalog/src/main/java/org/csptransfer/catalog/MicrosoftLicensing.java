package org.csptransfer.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csptransfer.catalog.internal.DelimitedText;
import org.csptransfer.core.ServicePlan;
import org.csptransfer.core.ServicePlanTier;
import org.csptransfer.core.ServicePlanTiers;
import org.csptransfer.core.Sku;
import org.csptransfer.core.SkuCatalog;

/**
 * Microsoft's licensing reference: "Product names and service plan identifiers for licensing", the
 * CSV Microsoft publishes with the Entra documentation (docs/DOMAIN.md, section 9), with every SKU
 * and its service plans.
 *
 * <p>{@link #skus()} is the edition of 2025-12-30, shipped in this jar unchanged (Microsoft
 * documentation content, CC BY 4.0; see {@code NOTICE}). It is read on first use, once, and shared
 * by every thread; a lookup is then one hash probe. Microsoft updates the file every few months:
 * {@link #readSkus} reads a newer one (the same columns), and {@link #readTiers} a service plan
 * tier table of csp-transfer's TSV format.
 *
 * <pre>{@code
 * Sku e3 = MicrosoftLicensing.skus().find("ENTERPRISEPACK").orElseThrow();
 * Offer offer = Offer.builder().sku(e3).maxQuantity(10_000).build();
 * }</pre>
 */
public final class MicrosoftLicensing {

  /** The shipped edition's name. */
  public static final String EDITION =
      "Product names and service plan identifiers for licensing, 2025-12-30";

  /** The shipped edition's publication date. */
  public static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 12, 30);

  private static final String RESOURCE = "microsoft-licensing-service-plans-2025-12-30.csv";

  private static final List<String> SKU_COLUMNS =
      List.of(
          "Product_Display_Name",
          "String_Id",
          "GUID",
          "Service_Plan_Name",
          "Service_Plan_Id",
          "Service_Plans_Included_Friendly_Names");

  private static final List<String> TIER_COLUMNS =
      List.of("family", "rank", "plan", "holdsData", "note");

  private MicrosoftLicensing() {}

  /**
   * Returns the shipped edition of Microsoft's table: 569 SKUs (568 string ids), 5,457 rows.
   *
   * @return the shared catalog, read on first use
   */
  public static SkuCatalog skus() {
    return Shipped.SKUS;
  }

  /**
   * Reads an edition of Microsoft's CSV: a header with the columns {@code Product_Display_Name},
   * {@code String_Id}, {@code GUID}, {@code Service_Plan_Name}, {@code Service_Plan_Id}, {@code
   * Service_Plans_Included_Friendly_Names}, then one row per SKU and service plan. String ids and
   * plan names are kept byte for byte; spaces around a GUID (the file has a no-break space after
   * one) are ignored. A byte-order mark is skipped.
   *
   * @param csv the file's text; not null; not closed by this method
   * @param edition the edition's name; not blank
   * @param publishedOn the edition's publication date; not null
   * @return the catalog, SKUs in the order of their first row
   * @throws IOException if the text cannot be read
   * @throws IllegalArgumentException if the text is not in that format, naming the line
   */
  public static SkuCatalog readSkus(Reader csv, String edition, LocalDate publishedOn)
      throws IOException {
    DelimitedText text = new DelimitedText(requireNonNull(csv, "csv"), ',');
    header(text, SKU_COLUMNS);
    Map<UUID, SkuRows> skus = new LinkedHashMap<>();
    while (true) {
      int line = text.line(); // where the record starts: a quoted field may span lines
      List<String> row = text.next();
      if (row == null) {
        break;
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      fields(row, SKU_COLUMNS.size(), line);
      UUID guid = guid(row.get(2), line, "GUID");
      String stringId = row.get(1);
      String productName = row.get(0).strip();
      SkuRows sku = skus.computeIfAbsent(guid, id -> new SkuRows(line, stringId, productName, id));
      // The file lists a SKU's rows together, but not always (three SKUs of the 2025-12-30
      // edition come back later); a GUID back under another name is two products, not one.
      if (!sku.stringId.equals(stringId) || !sku.productName.equals(productName)) {
        throw new IllegalArgumentException(
            "line "
                + line
                + ": GUID "
                + guid
                + " is already "
                + sku.stringId
                + " ("
                + sku.productName
                + ", line "
                + sku.firstLine
                + "), not "
                + stringId
                + " ("
                + productName
                + ")");
      }
      sku.builder.addServicePlan(
          built(
              line,
              () ->
                  ServicePlan.of(
                      row.get(3), guid(row.get(4), line, "Service_Plan_Id"), row.get(5).strip())));
    }
    SkuCatalog.Builder catalog = SkuCatalog.builder().edition(edition).publishedOn(publishedOn);
    for (SkuRows sku : skus.values()) {
      catalog.addSkus(built(sku.firstLine, sku.builder::build));
    }
    return catalog.build();
  }

  /**
   * Reads a service plan tier table of csp-transfer's TSV format: a header {@code family, rank,
   * plan, holdsData, note}, then one row per plan, {@code holdsData} being {@code yes} or {@code
   * no}.
   *
   * @param tsv the table's text; not null; not closed by this method
   * @param edition the edition's name; not blank
   * @param publishedOn the edition's publication date; not null
   * @return the tiers
   * @throws IOException if the text cannot be read
   * @throws IllegalArgumentException if the text is not in that format, naming the line
   */
  public static ServicePlanTiers readTiers(Reader tsv, String edition, LocalDate publishedOn)
      throws IOException {
    DelimitedText text = new DelimitedText(requireNonNull(tsv, "tsv"), '\t');
    header(text, TIER_COLUMNS);
    ServicePlanTiers.Builder tiers =
        ServicePlanTiers.builder().edition(edition).publishedOn(publishedOn);
    // The table's own checks would name no line; these name the row that breaks them.
    Map<String, Integer> planLines = new HashMap<>();
    Map<String, FirstRow> families = new HashMap<>();
    while (true) {
      int line = text.line();
      List<String> row = text.next();
      if (row == null) {
        break;
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      fields(row, TIER_COLUMNS.size(), line);
      int rank;
      try {
        rank = Integer.parseInt(row.get(1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "line " + line + ": rank '" + row.get(1) + "' is not a whole number");
      }
      boolean holdsData =
          switch (row.get(3).strip()) {
            case "yes" -> true;
            case "no" -> false;
            default ->
                throw new IllegalArgumentException(
                    "line " + line + ": holdsData '" + row.get(3) + "' is neither yes nor no");
          };
      ServicePlanTier.Builder tier =
          ServicePlanTier.builder()
              .family(row.get(0).strip())
              .rank(rank)
              .plan(row.get(2))
              .holdsData(holdsData);
      if (!row.get(4).isBlank()) {
        tier.note(row.get(4).strip());
      }
      ServicePlanTier built = built(line, tier::build);
      Integer earlier = planLines.putIfAbsent(built.plan(), line);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "line " + line + ": plan " + built.plan() + " is already on line " + earlier);
      }
      FirstRow family = families.putIfAbsent(built.family(), new FirstRow(line, holdsData));
      if (family != null && family.holdsData() != holdsData) {
        throw new IllegalArgumentException(
            "line "
                + line
                + ": holdsData "
                + (holdsData ? "yes" : "no")
                + ", but family "
                + built.family()
                + " says "
                + (family.holdsData() ? "yes" : "no")
                + " on line "
                + family.line());
      }
      tiers.addTier(built);
    }
    return tiers.build();
  }

  private static void header(DelimitedText text, List<String> columns) throws IOException {
    List<String> header = text.next();
    if (header == null || !header.equals(columns)) {
      throw new IllegalArgumentException(
          "line 1: expected the columns " + columns + ", got " + header);
    }
  }

  private static void fields(List<String> row, int count, int line) {
    if (row.size() != count) {
      throw new IllegalArgumentException(
          "line " + line + ": expected " + count + " fields, got " + row.size());
    }
  }

  private static UUID guid(String text, int line, String column) {
    int begin = 0;
    int end = text.length();
    while (begin < end && isSpace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && isSpace(text.charAt(end - 1))) {
      end--;
    }
    String trimmed = text.substring(begin, end);
    // UUID.fromString also takes "1-1-1-1-1"; a GUID of the file has the 8-4-4-4-12 hex form.
    if (!isCanonicalGuid(trimmed)) {
      throw new IllegalArgumentException(
          "line " + line + ": " + column + " '" + text + "' is not a GUID");
    }
    return UUID.fromString(trimmed);
  }

  private static boolean isCanonicalGuid(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !isHexDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Spaces Microsoft's file puts around a GUID, no-break ones and byte-order marks included. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static <T> T built(int line, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
    }
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A tier family's first row: where it is and what it says of data. */
  private record FirstRow(int line, boolean holdsData) {}

  /** The rows of one SKU read so far, and where its first row is. */
  private static final class SkuRows {
    final int firstLine;
    final String stringId;
    final String productName;
    final Sku.Builder builder;

    SkuRows(int firstLine, String stringId, String productName, UUID guid) {
      this.firstLine = firstLine;
      this.stringId = stringId;
      this.productName = productName;
      this.builder = Sku.builder().stringId(stringId).guid(guid).productName(productName);
    }
  }

  /** The shipped edition, read when first asked for. */
  private static final class Shipped {
    static final SkuCatalog SKUS = load();

    private static SkuCatalog load() {
      try (InputStream in = MicrosoftLicensing.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + RESOURCE);
        }
        return readSkus(new InputStreamReader(in, UTF_8), EDITION, PUBLISHED_ON);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE + " from the jar", e);
      }
    }
  }
}
