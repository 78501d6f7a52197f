package org.csptransfer.rules.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A family of properties files, one per locale ({@code messages.properties}, {@code
 * messages_fr.properties}, {@code messages_pt_BR.properties}), read in UTF-8 as {@link
 * Properties#load(Reader)} reads them, each file once, when a locale first asks for it.
 *
 * <p>The files are opened by a function the owning module gives, typically {@code
 * SomeClass.class::getResourceAsStream}, so that a module's encapsulated resources stay readable to
 * the module alone. This is the only class of the rules that reads anything: messages are read once
 * per language, never during an evaluation. Thread-safe.
 */
public final class MessageBundle {

  /**
   * The JDK's candidate-locale order: {@code pt_BR}, {@code pt}, root; {@code nb} then {@code no}.
   */
  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final Function<String, @Nullable InputStream> resources;
  private final Map<Locale, Map<String, String>> files = new ConcurrentHashMap<>();

  private MessageBundle(String baseName, Function<String, @Nullable InputStream> resources) {
    this.baseName = baseName;
    this.resources = resources;
  }

  /**
   * Returns the bundle of a base name.
   *
   * @param baseName the files' name without locale and extension, as {@code resources} resolves it,
   *     for example {@code "messages"} or {@code "META-INF/csp-transfer/messages"}
   * @param resources opens a file by name, or returns null when there is none
   * @return the bundle
   */
  public static MessageBundle of(
      String baseName, Function<String, @Nullable InputStream> resources) {
    return new MessageBundle(
        requireNonNull(baseName, "baseName"), requireNonNull(resources, "resources"));
  }

  /**
   * Returns the locales a locale's texts come from, most specific first, ending with the root
   * locale, as {@link ResourceBundle} looks them up: {@code fr_CA}, {@code fr}, root.
   *
   * @param locale the locale
   * @return the candidates
   */
  public static List<Locale> candidates(Locale locale) {
    return CANDIDATES.getCandidateLocales("", locale);
  }

  /**
   * Returns the templates of exactly one locale's file, without any fallback.
   *
   * @param locale the file's locale; {@link Locale#ROOT} for the base file
   * @return the templates by key; empty when the file does not exist
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public Map<String, String> templates(Locale locale) {
    return files.computeIfAbsent(locale, this::read);
  }

  private Map<String, String> read(Locale locale) {
    String name = CANDIDATES.toBundleName(baseName, locale) + ".properties";
    InputStream in = resources.apply(name);
    if (in == null) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle " + name, e);
    }
    Map<String, String> templates = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      templates.put(key, properties.getProperty(key));
    }
    return Map.copyOf(templates);
  }

  @Override
  public String toString() {
    return "MessageBundle[" + baseName + "]";
  }
}
