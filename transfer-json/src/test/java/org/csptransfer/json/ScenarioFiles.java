package org.csptransfer.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.csptransfer.catalog.MicrosoftLicensing;

/** The bundled scenarios, and a valid scenario to break in tests. */
final class ScenarioFiles {

  /** The scenarios the command ships, in the examples module of this reactor. */
  static final Path BUNDLED = Path.of("..", "transfer-examples", "scenarios");

  /** A reader that knows Microsoft's SKUs, as the command's. */
  static final ScenarioReader READER =
      ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();

  /** A valid scenario; tests replace one piece of text to break it. */
  static final String VALID =
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

  private ScenarioFiles() {}

  /** Returns the bundled scenarios, by name. */
  static List<Path> bundled() {
    try (Stream<Path> files = Files.list(BUNDLED)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid scenario with one piece of text replaced; fails if the text is not there. */
  static String replacing(String text, String replacement) {
    if (!VALID.contains(text)) {
      throw new IllegalArgumentException("not in the valid scenario: " + text);
    }
    return VALID.replace(text, replacement);
  }
}
