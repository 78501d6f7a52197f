package org.csptransfer.examples.readme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.csptransfer.core.OfferId;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.TransitionDecision;
import org.csptransfer.rules.Verdict;
import org.csptransfer.testkit.Samples;
import org.junit.jupiter.api.Test;

/** The README's examples and walk-through work as written. */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLES =
      Path.of("src/test/java/org/csptransfer/examples/readme/ReadmeExamples.java");

  /** The rules' README examples (they are compiled and run in {@code transfer-rules}). */
  private static final Path RULES_EXAMPLE =
      Path.of("..", "transfer-rules", "src/test/java/org/csptransfer/rules/ReadmeExample.java");

  /** The rules' API package, whose types the rules' examples use without importing them. */
  private static final Path RULES_PACKAGE =
      Path.of("..", "transfer-rules", "src/main/java/org/csptransfer/rules");

  private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+);$");

  private static String readme() throws IOException {
    return Files.readString(README, UTF_8);
  }

  /**
   * A snippet as the README shows it: the imports it needs (those of its file, and its file's own
   * package's types, whose simple names it uses), in order, a blank line, then its code.
   */
  private static String shown(Path example, Optional<Path> ownPackage, String name)
      throws IOException {
    String text = Files.readString(example, UTF_8);
    int begin = text.indexOf("// README:begin " + name);
    int end = text.indexOf("// README:end " + name);
    assertTrue(begin >= 0 && end > begin, "markers of " + name);
    // Without its last line break, so that stripIndent sees no blank last line of indent 0.
    String body =
        text.substring(text.indexOf('\n', begin) + 1, text.lastIndexOf('\n', end)).stripIndent()
            + "\n";
    List<String> candidates = new ArrayList<>();
    IMPORT.matcher(text).results().forEach(match -> candidates.add(match.group(1)));
    if (ownPackage.isPresent()) {
      String packageName =
          text.substring(text.indexOf("package ") + 8, text.indexOf(';', text.indexOf("package ")));
      try (Stream<Path> files = Files.list(ownPackage.get())) {
        files
            .map(file -> file.getFileName().toString())
            .filter(file -> file.endsWith(".java") && !file.contains("-"))
            .forEach(file -> candidates.add(packageName + "." + file.replace(".java", "")));
      }
    }
    TreeSet<String> used = new TreeSet<>();
    for (String type : candidates) {
      String simpleName = type.substring(type.lastIndexOf('.') + 1);
      if (Pattern.compile("\\b" + simpleName + "\\b").matcher(body).find()) {
        used.add(type);
      }
    }
    StringBuilder shown = new StringBuilder();
    used.forEach(type -> shown.append("import ").append(type).append(";\n"));
    return shown.append('\n').append(body).toString();
  }

  @Test
  void readmeShowsTheCompiledExamplesWithTheirImports() throws IOException {
    String readme = readme();
    for (String name : List.of("sku", "json")) {
      String example = shown(EXAMPLES, Optional.empty(), name);
      assertTrue(readme.contains(example), "README.md must contain:\n" + example);
    }
    for (String name : List.of("core", "pipeline", "rule", "custom", "planner")) {
      String example = shown(RULES_EXAMPLE, Optional.of(RULES_PACKAGE), name);
      assertTrue(readme.contains(example), "README.md must contain:\n" + example);
    }
  }

  @Test
  void aSnippetShowsTheImportsItNeedsAndNoOther() throws IOException {
    String json = shown(EXAMPLES, Optional.empty(), "json");
    assertTrue(json.startsWith("import java.nio.file.Path;\n"), json);
    assertTrue(json.contains("import org.csptransfer.core.Scenario;\n"), json);
    assertTrue(!json.contains("import org.csptransfer.core.Offer;"), json);
    String rule = shown(RULES_EXAMPLE, Optional.of(RULES_PACKAGE), "rule");
    assertTrue(rule.contains("import org.csptransfer.rules.Rule;\n"), rule);
    assertTrue(rule.contains(";\n\nRule maxSources ="), rule);
  }

  /** Contoso's Office 365 E3 of the README's plan, on Microsoft's SKU. */
  private static TransitionRequest.Builder contosoWithE3() {
    return Samples.request()
        .addSource(Samples.e3Source("sub-001").offerId(OfferId.of("ENTERPRISEPACK")).build());
  }

  @Test
  void theSuiteAloneLosesTeamsDataAndTeamsStackedKeepsIt() {
    ReadmeExamples.OnSkus example = ReadmeExamples.sku();
    TransitionDecision alone =
        example.pipeline.evaluate(contosoWithE3().addTarget(example.suite).build());
    assertEquals(Verdict.REJECTED, alone.verdict());
    assertEquals(List.of("OFFER_NOT_EQUIVALENT"), alone.codes());
    TransitionDecision stacked =
        example.pipeline.evaluate(
            contosoWithE3().addTarget(example.suite).addTarget(example.teams).build());
    assertEquals(Verdict.APPROVED_WITH_ACTIONS, stacked.verdict());
    assertEquals(List.of("LICENSE_REASSIGNMENT_REQUIRED"), stacked.codes());
  }

  @Test
  void theJsonExampleReadsAndWritesInFrench() throws IOException {
    String json = ReadmeExamples.json(Path.of("scenarios", "fewer-seats-than-licensed-users.json"));
    assertTrue(json.contains("\"code\":\"LICENSE_SHORTFALL\""), json);
    assertTrue(json.contains("licences"), json);
  }
}
