package org.csptransfer.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A family of properties files: one file per locale, read in UTF-8, once. */
class MessageBundleTest {

  @Test
  void readsEachLocalesOwnFileOnceInUtf8() {
    List<String> opened = new ArrayList<>();
    MessageBundle bundle =
        MessageBundle.of(
            "texts",
            name -> {
              opened.add(name);
              return name.equals("texts_pl.properties")
                  ? new ByteArrayInputStream(
                      "greeting=Cześć {name}\n".getBytes(StandardCharsets.UTF_8))
                  : null;
            });
    Locale polish = Locale.forLanguageTag("pl");
    assertEquals(Map.of("greeting", "Cześć {name}"), bundle.templates(polish));
    assertEquals(Map.of("greeting", "Cześć {name}"), bundle.templates(polish));
    assertEquals(Map.of(), bundle.templates(Locale.ROOT));
    assertEquals(List.of("texts_pl.properties", "texts.properties"), opened);
    assertEquals("MessageBundle[texts]", bundle.toString());
  }

  @Test
  void candidatesGoFromTheRegionToTheLanguageToTheRoot() {
    assertEquals(
        List.of(Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("pt"), Locale.ROOT),
        MessageBundle.candidates(Locale.forLanguageTag("pt-BR")));
  }

  @Test
  void aFileThatCannotBeReadFailsNamingIt() {
    MessageBundle bundle =
        MessageBundle.of(
            "texts",
            name ->
                new InputStream() {
                  @Override
                  public int read() throws IOException {
                    throw new IOException("disk");
                  }

                  @Override
                  public int read(byte[] buffer, int offset, int length) throws IOException {
                    throw new IOException("disk");
                  }
                });
    UncheckedIOException failed =
        assertThrows(UncheckedIOException.class, () -> bundle.templates(Locale.ROOT));
    assertEquals("cannot read message bundle texts.properties", failed.getMessage());
  }
}
