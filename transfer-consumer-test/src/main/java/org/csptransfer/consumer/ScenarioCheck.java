package org.csptransfer.consumer;

import java.io.IOException;
import java.io.InputStream;
import org.csptransfer.catalog.MicrosoftLicensing;
import org.csptransfer.core.Scenario;
import org.csptransfer.json.DecisionWriter;
import org.csptransfer.json.ScenarioReader;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.TransitionPipeline;

/**
 * A user's service receiving plans as JSON: it reads a scenario with the published JSON module,
 * offers named by Microsoft SKU, and answers with the decision JSON.
 */
public final class ScenarioCheck {

  private ScenarioCheck() {}

  /**
   * Judges a scenario.
   *
   * @param scenario the scenario file's bytes
   * @return the decision JSON
   * @throws IOException if the bytes cannot be read
   */
  public static String judge(InputStream scenario) throws IOException {
    Scenario read = ScenarioReader.builder().skus(MicrosoftLicensing.skus()).build().read(scenario);
    TransitionDecision decision = TransitionPipeline.standard(read).evaluate(read.request());
    return DecisionWriter.standard().write(decision);
  }
}
