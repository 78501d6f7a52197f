package org.csptransfer.json.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.common.testing.EqualsTester;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The import's notes live in this module's bundle, in English and French, naming the same values;
 * they are equal when their kind and arguments are.
 */
class ImportNoteMessagesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)");

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ImportNote.class.getResourceAsStream(name)) {
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
  void everyKindHasATextInEnglishAndFrenchNamingTheSameValues() throws IOException {
    Properties english = bundle("messages.properties");
    Properties french = bundle("messages_fr.properties");
    assertEquals(english.stringPropertyNames(), french.stringPropertyNames());
    for (ImportNote.Kind kind : ImportNote.Kind.values()) {
      String key = "import." + kind;
      assertNotNull(english.getProperty(key), key);
      assertEquals(
          placeholders(english.getProperty(key)), placeholders(french.getProperty(key)), key);
    }
  }

  @Test
  void aNoteRendersFromTheBundleInTheLocaleAskedFor() {
    ImportNote note =
        ImportNote.of(ImportNote.Kind.PARENT_UNKNOWN, Map.of("source", "s1", "parent", "p9"));
    assertEquals(
        "s1: its parent subscription p9 is not among the sources; the link is dropped",
        note.message());
    assertNotEquals(note.message(), note.message(Locale.CANADA_FRENCH));
    assertEquals(note.message(Locale.FRENCH), note.message(Locale.CANADA_FRENCH));
  }

  @Test
  void importNotesAreEqualWhenKindAndArgumentsAre() {
    ImportNote note = ImportNote.of(ImportNote.Kind.NO_SERVICE_PLANS, Map.of("sku", "A"));
    new EqualsTester()
        .addEqualityGroup(note, ImportNote.of(ImportNote.Kind.NO_SERVICE_PLANS, Map.of("sku", "A")))
        .addEqualityGroup(ImportNote.of(ImportNote.Kind.NO_SERVICE_PLANS, Map.of("sku", "B")))
        .addEqualityGroup(ImportNote.of(ImportNote.Kind.PLANS_FROM_REFERENCE, Map.of("sku", "A")))
        .testEquals();
    assertEquals(note.message(), note.toString());
  }
}
