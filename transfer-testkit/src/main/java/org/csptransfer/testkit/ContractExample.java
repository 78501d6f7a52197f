package org.csptransfer.testkit;

/**
 * The scenario file of CONTRACT.md's example ("The scenario file"), as text, for tests that break
 * one piece of it: Contoso SARL (Belgium) moving one Office 365 E3 subscription of 50 seats, 48
 * assigned, bought directly, to Fabrikam CSP, with the same offer starting three days before it
 * expires. Evaluated under version 3 of the contract it is approved with one action: its
 * auto-renewal is not given, so Microsoft's default (on) is assumed and must be turned off ({@code
 * AUTO_RENEWAL_ON}). {@link #RENEWAL_OFF} is the same plan with auto-renewal known to be off:
 * approved with nothing to do.
 */
public final class ContractExample {

  /** The scenario. */
  public static final String JSON =
      """
      {
        "asOf": "2026-03-01",
        "partner":  { "id": "4321987", "name": "Fabrikam CSP", "country": "FR" },
        "customer": { "tenantId": "0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b", "name": "Contoso SARL",
                      "country": "BE",
                      "relationships": [ { "partnerId": "4321987", "status": "ACCEPTED" } ] },
        "offers": [
          { "id": "O365_E3", "name": "Office 365 E3",
            "servicePlans": ["EXCHANGE_S_ENTERPRISE", "SHAREPOINTENTERPRISE", "TEAMS1"],
            "availableForPurchase": true, "addOn": false, "prerequisites": [],
            "minQuantity": 1, "maxQuantity": 10000, "successors": [] }
        ],
        "sources": [
          { "id": "sub-001", "offerId": "O365_E3", "channel": "DIRECT", "quantity": 50,
            "assignedLicenses": 48, "status": "ACTIVE", "termEnd": "2026-03-31",
            "disposition": "LET_EXPIRE" }
        ],
        "targets": [
          { "offerId": "O365_E3", "quantity": 50, "start": "2026-03-28", "replaces": ["sub-001"] }
        ],
        "policy": { "expiredGraceDays": 30, "disabledDays": 90, "overlapToleranceDays": 7,
                    "plannerLeadDays": 3, "plannerSeats": "PURCHASED" }
      }
      """;

  /** The scenario with the source's auto-renewal known to be off: approved with nothing to do. */
  public static final String RENEWAL_OFF =
      JSON.replace(
          "\"disposition\": \"LET_EXPIRE\"",
          "\"disposition\": \"LET_EXPIRE\", \"autoRenew\": false");

  private ContractExample() {}

  /**
   * Returns the scenario with one piece of text replaced (every occurrence).
   *
   * @param text text of the scenario; not null
   * @param replacement what replaces it; not null
   * @return the changed scenario
   * @throws IllegalArgumentException if the scenario does not hold the text, so that a test never
   *     silently checks the unchanged scenario
   */
  public static String replacing(String text, String replacement) {
    if (!JSON.contains(text)) {
      throw new IllegalArgumentException("not in the contract's example: " + text);
    }
    return JSON.replace(text, replacement);
  }
}
