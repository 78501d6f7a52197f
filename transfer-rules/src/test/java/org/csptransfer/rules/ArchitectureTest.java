package org.csptransfer.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules are pure and depend on core only, plus Guava and the JDK (docs/ARCHITECTURE.md). */
class ArchitectureTest {

  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.csptransfer.rules");

  @Test
  void rulesDependOnCoreGuavaAndTheJdkOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.csptransfer.rules..",
            "org.csptransfer.core..",
            "com.google.common..",
            "org.jspecify..",
            // Compile-time annotations of the required actions' value classes (class retention).
            "org.immutables.value..",
            // @CheckReturnValue and @CanIgnoreReturnValue (class retention).
            "com.google.errorprone.annotations..",
            "java.lang..",
            // Number formats for messages: locale data, no I/O of ours.
            "java.text..",
            "java.util..",
            "java.time..",
            "java.math..",
            // Message bundles, read by MessageBundle alone (see the test below).
            "java.io..",
            "java.nio.charset..")
        .check(RULES);
  }

  @Test
  void rulesDoNoIoReadNoClockDrawNoRandomNumbersAndDoNotLog() {
    noClasses()
        // Message bundles are read once per language, when a text is first rendered in it: never
        // during an evaluation, which renders nothing. These two classes alone open them.
        .that()
        .doNotHaveFullyQualifiedName("org.csptransfer.rules.internal.MessageBundle")
        .and()
        .doNotHaveFullyQualifiedName("org.csptransfer.rules.Messages")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.io..", "java.net..", "java.nio..", "java.util.logging..", "java.util.random..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.time.Clock")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.Random")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethodWhere(
            JavaCall.Predicates.target(
                DescribedPredicate.describe(
                    "a now() method of java.time",
                    target ->
                        target.getName().equals("now")
                            && target.getOwner().getPackageName().equals("java.time"))))
        .check(RULES);
  }
}
