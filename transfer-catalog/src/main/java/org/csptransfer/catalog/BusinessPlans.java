package org.csptransfer.catalog;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.regex.Pattern;
import org.csptransfer.core.Sku;

/**
 * Microsoft's 300-user limit: the Microsoft 365 Business plans (Business Basic, Business Standard,
 * Business Premium, Apps for business) are sold to at most {@value #MAX_USERS} users per tenant
 * (CONTRACT.md, "Reading tenant data"). The tenant import gives their offers that maximum.
 *
 * <p>A SKU is a Business plan when its product name says so (every edition, the "(no Teams)" and
 * regional variants included) or, where no SKU reference is at hand, when its part number is one of
 * the plans' part numbers.
 *
 * <pre>{@code
 * Sku premium = MicrosoftLicensing.skus().find("SPB").orElseThrow();
 * int max = BusinessPlans.includes(premium) ? BusinessPlans.MAX_USERS : 1_000_000;
 * }</pre>
 */
public final class BusinessPlans {

  /** The most users a tenant may license with one Business plan. */
  public static final int MAX_USERS = 300;

  /** The product names of the Business plans, and of their variants. */
  private static final Pattern PRODUCT_NAME =
      Pattern.compile(
          "Microsoft 365 (Business (Basic|Standard|Premium)|Apps for Business)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** Their SKU part numbers, old names included, for when no SKU reference is given. */
  private static final Set<String> PART_NUMBERS =
      Set.of(
          "O365_BUSINESS_ESSENTIALS",
          "O365_BUSINESS_PREMIUM",
          "SPB",
          "O365_BUSINESS",
          "SMB_BUSINESS",
          "SMB_BUSINESS_ESSENTIALS",
          "SMB_BUSINESS_PREMIUM");

  private BusinessPlans() {}

  /**
   * Returns whether a SKU is a Business plan, by its product name or its part number.
   *
   * @param sku the SKU; not null
   * @return true for the Business plans and their variants
   * @throws NullPointerException if {@code sku} is null
   */
  public static boolean includes(Sku sku) {
    requireNonNull(sku, "sku");
    return PRODUCT_NAME.matcher(sku.productName()).matches() || includesPartNumber(sku.stringId());
  }

  /**
   * Returns whether a SKU part number (Graph's {@code skuPartNumber}) is one of a Business plan,
   * exactly as Microsoft writes it.
   *
   * @param partNumber the part number; not null
   * @return true for {@code O365_BUSINESS_ESSENTIALS}, {@code O365_BUSINESS_PREMIUM}, {@code SPB},
   *     {@code O365_BUSINESS} and the {@code SMB_BUSINESS} names
   * @throws NullPointerException if {@code partNumber} is null
   */
  public static boolean includesPartNumber(String partNumber) {
    return PART_NUMBERS.contains(requireNonNull(partNumber, "partNumber"));
  }
}
