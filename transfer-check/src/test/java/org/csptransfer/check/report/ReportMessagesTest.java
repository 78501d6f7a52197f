package org.csptransfer.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csptransfer.rules.Severity;
import org.csptransfer.rules.Verdict;
import org.junit.jupiter.api.Test;

/** The command's words live in its own bundle, in English and French, naming the same values. */
class ReportMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)");

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @Test
  void frenchHasEveryKeyOfEnglishNamingTheSameValues() throws IOException {
    Properties english = bundle("messages.properties");
    Properties french = bundle("messages_fr.properties");
    assertEquals(english.stringPropertyNames(), french.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertEquals(
          placeholders(english.getProperty(key)), placeholders(french.getProperty(key)), key);
    }
  }

  @Test
  void labelsComeFromTheCommandsBundleOverTheRulesAndTheImport() {
    Labels french = Labels.of(Locale.FRENCH);
    assertEquals("Constats", french.label("report.findings"));
    assertEquals("Findings", Labels.of(Locale.GERMAN).label("report.findings"));
    for (Verdict verdict : Verdict.values()) {
      assertEquals(verdict.name(), Labels.of(Locale.ENGLISH).verdict(verdict));
    }
    for (Severity severity : Severity.values()) {
      assertEquals(severity.name(), Labels.of(Locale.ENGLISH).severity(severity));
    }
  }
}
