package nn.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code doc} catalogue's family ({@code # dynamic: doc.}) matches the registry both ways: every
 * builtin, field, area, kind of value, parameter type and field type has its doc in English (equal to
 * its declaration) and in Spanish, and no catalogued doc names something the registry does not have.
 */
class RegistryDocsTest {
    static final Path CATALOGUES = Path.of("src/main/resources/nn/i18n");

    @AfterEach
    void english() { Messages.use(Lang.EN); }

    /** Every key the registry builds, with its declared English text. */
    static Map<String, String> expected() {
        Messages.use(Lang.EN);
        Map<String, String> keys = new LinkedHashMap<>();
        Registry r = Registry.standard();
        for (Area a : Area.values()) keys.put("doc.area." + a.topic(), a.title());
        for (Builtin b : r.all()) keys.put(Docs.key(b), b.doc());
        for (Field f : r.allFields()) {
            keys.put("doc.field." + Docs.word(f.holder()) + "." + f.name(), f.doc());
            keys.put("doc.holds." + f.type().replace(' ', '-'), f.type());
        }
        for (Holder h : Holder.values()) keys.put("doc.holder." + Docs.word(h), h.title());
        for (Type t : Type.values()) keys.put("doc.type." + Docs.word(t), t.word());
        for (Builtin b : r.all()) if (Docs.hasWords(b.example())) keys.put("doc.example." + b.name(), b.example());
        return keys;
    }

    @Test
    void everyDeclaredDocIsCataloguedInBothLanguagesAndEnglishIsTheDeclaration() throws IOException {
        Properties en = load("doc.properties"), es = load("doc_es.properties");
        List<String> problems = new ArrayList<>();
        expected().forEach((key, english) -> {
            if (!english.equals(en.getProperty(key))) problems.add("doc.properties: " + key + "=" + english);
            if (!es.containsKey(key)) problems.add("doc_es.properties lacks " + key);
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void noCataloguedDocNamesSomethingUnregistered() throws IOException {
        Map<String, String> expected = expected();
        TreeSet<String> stray = new TreeSet<>();
        for (String file : List.of("doc.properties", "doc_es.properties"))
            for (String key : load(file).stringPropertyNames()) if (!expected.containsKey(key)) stray.add(file + ": " + key);
        assertEquals(new TreeSet<>(), stray);
    }

    @Test
    void spanishHelpReadsTheSpanishCatalogue() {
        Registry r = Registry.standard();
        Messages.use(Lang.ES);
        assertEquals("[filas, columnas] de una matriz", r.get("shape").doc());
        assertEquals("números y matrices", Area.MATRICES.title());
        assertEquals("un conjunto de datos", Holder.DATASET.title());
        assertEquals("número entero", Type.WHOLE.word());
        Field grad = r.fields(Holder.PARAMETER).get(0);
        assertEquals("∂E/∂W del último backward que lo alcanzó", grad.doc());
        assertEquals("matriz", grad.type());
        for (Builtin b : r.all()) assertNotEquals("", b.doc(), b.name());
        assertEquals("len([1, 2, 3])  # 1 (una fila)", r.get("len").example());
        assertEquals("format(\"{:.3f} tras {} épocas\", 0.12345, 10)  # \"0.123 tras 10 épocas\"", r.get("format").example());
        assertEquals("network net = 2 -> dense(4, tanh) -> dense(1, sigmoid)", r.get("dense").example(), "code stays code");
    }

    @Test
    void onlyExamplesWithWordsAreTranslated() {
        assertTrue(Docs.hasWords("len([1, 2, 3])  # 1 (one row)"));
        assertTrue(Docs.hasWords("append(losses, E)  # losses = [] before the loop"));
        assertTrue(Docs.hasWords("format(\"{:.3f} after {} epochs\", 0.12345, 10)  # \"0.123 after 10 epochs\""));
        assertFalse(Docs.hasWords("all([1, 2] > 0)  # true"));
        assertFalse(Docs.hasWords("str(0.5)  # \"0.5\""));
        assertFalse(Docs.hasWords("iris = csv(\"iris.csv\", target = \"species\")"));
        assertFalse(Docs.hasWords("shape([[1, 2, 3]])  # [1, 3]"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(CATALOGUES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
