package org.csptransfer.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.csptransfer.core.TransitionRequest;
import org.csptransfer.rules.RunbookStep;
import org.csptransfer.rules.TransitionPipeline;
import org.csptransfer.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published modules seen from a user's module on the module path: what they export is enough to
 * judge a plan, and nothing else is reachable.
 */
class ModulePathTest {

  @Test
  void runsOnTheModulePathAsNamedModules() {
    assertEquals("org.csptransfer.rules", TransitionPipeline.class.getModule().getName());
    assertEquals("org.csptransfer.core", TransitionRequest.class.getModule().getName());
    assertEquals("org.csptransfer.consumer", RenewalCheck.class.getModule().getName());
  }

  @Test
  void judgesAPlanWithTheExportedApiAlone() {
    assertEquals(Verdict.APPROVED, RenewalCheck.judge(LocalDate.of(2026, 3, 28)).verdict());
    assertEquals(
        RunbookStep.Kind.BUY,
        RenewalCheck.judge(LocalDate.of(2026, 3, 28)).runbook().get(0).kind());
    assertEquals(Verdict.REJECTED, RenewalCheck.judge(LocalDate.of(2026, 7, 1)).verdict());
  }

  @Test
  void readsActionsByTheirTypesInTheActionPackage() {
    assertEquals(
        java.util.Optional.of(LocalDate.of(2026, 3, 29)),
        RenewalCheck.recommendedStart(RenewalCheck.judge(LocalDate.of(2026, 7, 1))));
    assertEquals(
        java.util.Optional.empty(),
        RenewalCheck.recommendedStart(RenewalCheck.judge(LocalDate.of(2026, 3, 28))));
  }

  @Test
  void readsAScenarioThroughThePublishedJsonModule() throws IOException {
    String scenario =
        "{\"asOf\": \"2026-03-01\","
            + " \"partner\": {\"id\": \"4321987\", \"name\": \"Fabrikam CSP\", \"country\": \"FR\"},"
            + " \"customer\": {\"tenantId\": \"0b6f2c9e-6f0a-4d2e-9a61-3f1c2d4e5a6b\","
            + " \"name\": \"Contoso\", \"country\": \"BE\","
            + " \"relationships\": [{\"partnerId\": \"4321987\", \"status\": \"ACCEPTED\"}]},"
            + " \"offers\": [{\"id\": \"E3\", \"sku\": \"ENTERPRISEPACK\","
            + " \"availableForPurchase\": true, \"addOn\": false, \"minQuantity\": 1,"
            + " \"maxQuantity\": 1000}],"
            + " \"sources\": [{\"id\": \"sub-1\", \"offerId\": \"E3\", \"channel\": \"DIRECT\","
            + " \"quantity\": 10, \"assignedLicenses\": 10, \"status\": \"ACTIVE\","
            + " \"termEnd\": \"2026-03-31\", \"disposition\": \"LET_EXPIRE\", \"autoRenew\": false}],"
            + " \"targets\": [{\"offerId\": \"E3\", \"quantity\": 10, \"start\": \"2026-03-29\","
            + " \"replaces\": [\"sub-1\"]}]}";
    String decision =
        ScenarioCheck.judge(
            new java.io.ByteArrayInputStream(
                scenario.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(decision.startsWith("{\"verdict\":\"APPROVED\""), decision);
    assertEquals(
        "org.csptransfer.json",
        ScenarioCheck.class
            .getModule()
            .getLayer()
            .findModule("org.csptransfer.json")
            .orElseThrow()
            .getName());
    assertEquals(
        Set.of("org.csptransfer.json", "org.csptransfer.json.tenant"),
        unqualifiedExports(org.csptransfer.json.ScenarioReader.class.getModule()));
  }

  @Test
  void exportsOnlyTheApiPackages() {
    assertEquals(
        Set.of(
            "org.csptransfer.rules",
            "org.csptransfer.rules.action",
            "org.csptransfer.rules.planning"),
        unqualifiedExports(TransitionPipeline.class.getModule()));
    assertEquals(
        Set.of("org.csptransfer.core"), unqualifiedExports(TransitionRequest.class.getModule()));
  }

  @Test
  void internalClassesCannotBeCalledByReflection() throws ReflectiveOperationException {
    Class<?> internal =
        Class.forName(
            "org.csptransfer.rules.internal.Lifecycle",
            false,
            TransitionPipeline.class.getClassLoader());
    assertFalse(TransitionPipeline.class.getModule().isExported("org.csptransfer.rules.internal"));
    assertThrows(
        IllegalAccessException.class,
        () ->
            internal
                .getMethod("gapDays", LocalDate.class, LocalDate.class)
                .invoke(null, LocalDate.MIN, LocalDate.MIN));
  }

  @Test
  void internalPackagesDoNotCompileInAUsersModule(@TempDir Path sources) throws IOException {
    Path module = Files.createDirectories(sources.resolve("user"));
    Files.writeString(
        module.resolve("module-info.java"), "module user { requires org.csptransfer.rules; }");
    Files.createDirectories(module.resolve("user"));
    Files.writeString(
        module.resolve("user/Peek.java"),
        "package user; class Peek { Object o = org.csptransfer.rules.internal.Lifecycle.class; }");
    StringWriter diagnostics = new StringWriter();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac
                .getTask(
                    diagnostics,
                    null,
                    null,
                    List.of(
                        "--module-path",
                        System.getProperty("jdk.module.path"),
                        "-d",
                        sources.resolve("out").toString()),
                    null,
                    javac
                        .getStandardFileManager(null, null, null)
                        .getJavaFileObjects(
                            module.resolve("module-info.java"), module.resolve("user/Peek.java")))
                .call()
            ? 0
            : 1;
    assertNotEquals(0, status, diagnostics.toString());
    assertTrue(
        diagnostics.toString().contains("org.csptransfer.rules.internal"), diagnostics.toString());
  }

  private static Set<String> unqualifiedExports(Module module) {
    return module.getDescriptor().exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }
}
