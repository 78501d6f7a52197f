package org.csptransfer.examples.readme;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Offer;
import org.csptransfer.core.OfferCatalog;
import org.csptransfer.core.PlannedSubscription;
import org.csptransfer.core.Scenario;
import org.csptransfer.core.SkuCatalog;
import org.csptransfer.core.SubscriptionId;
import org.csptransfer.json.DecisionWriter;
import org.csptransfer.json.ScenarioReader;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;

/**
 * The README's examples of the catalog and JSON modules, compiled and run by {@link
 * ReadmeExamplesTest}: the code between the markers is the README's, character for character.
 */
final class ReadmeExamples {

  private ReadmeExamples() {}

  /** The SKU example's values. */
  static final class OnSkus {
    final TransitionPipeline pipeline;
    final PlannedSubscription suite;
    final PlannedSubscription teams;

    OnSkus(TransitionPipeline pipeline, PlannedSubscription suite, PlannedSubscription teams) {
      this.pipeline = pipeline;
      this.suite = suite;
      this.teams = teams;
    }
  }

  static OnSkus sku() {
    // README:begin sku
    SkuCatalog skus = MicrosoftLicensing.skus();
    Offer e3 = Offer.of(skus.find("ENTERPRISEPACK").orElseThrow()); // Office 365 E3
    Offer e3NoTeams = Offer.of(skus.find("Office_365_E3_(no_Teams)").orElseThrow());
    Offer teams = Offer.of(skus.find("Microsoft_Teams_EEA_New").orElseThrow());
    TransitionPipeline onSkus = TransitionPipeline.standard(OfferCatalog.of(e3, e3NoTeams, teams));

    PlannedSubscription suite =
        PlannedSubscription.builder()
            .id(SubscriptionId.of("suite"))
            .offerId(e3NoTeams.id())
            .quantity(50)
            .start(LocalDate.of(2026, 3, 29))
            .addReplacedSourceId(SubscriptionId.of("sub-001"))
            .build();
    PlannedSubscription teamsForTheSameUsers =
        PlannedSubscription.builder()
            .id(SubscriptionId.of("teams"))
            .offerId(teams.id())
            .quantity(50)
            .start(LocalDate.of(2026, 3, 29))
            .stacksOn(suite.id())
            .build();
    // README:end sku
    return new OnSkus(onSkus, suite, teamsForTheSameUsers);
  }

  static String json(Path file) throws IOException {
    // README:begin json
    ScenarioReader reader = ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build();
    Scenario scenario = reader.read(file); // a Path, an InputStream, a Reader, a String or bytes
    TransitionDecision judged = TransitionPipeline.standard(scenario).evaluate(scenario.request());
    String json = DecisionWriter.builder().locale(Locale.FRENCH).build().write(judged);
    // README:end json
    return json;
  }
}
