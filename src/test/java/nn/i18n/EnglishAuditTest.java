package nn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit finds English where nn should speak Spanish and nothing in correct Spanish; and every text of the
 * Spanish catalogues passes it.
 */
class EnglishAuditTest {
    /** English messages as nn says them (or said them before they were translated). */
    static final List<String> PLANTED = List.of(
            "undefined.nn:2:12: error: undefined name 'w1'",
            "  hint: did you mean 'W1'?",
            "epoch 500: loss 0.499, accuracy 0.75",
            "converged after 6 epochs (10 updates)",
            "did not converge in 20 epochs: the data are not linearly separable",
            "the network n takes 3 inputs but dataset has 2 features",
            "cannot multiply 1×2 by 3×1: the inner sizes differ (2 vs 3)",
            "a condition must be true or false, got a number",
            "warning: log of 0 is -inf",
            "stopped at epoch 4264 because loss < 0.002",
            "nothing to save: no entry has run without error yet",
            "  -h, --help      Show this help message and exit.",
            "expected a number, found a string",
            "the value should be positive");

    /** Correct Spanish, with the code, names and quotes that Spanish messages carry. */
    static final List<String> SPANISH = List.of(
            "undefined.nn:2:12: error: nombre no definido 'w1'",
            "  sugerencia: ¿quisiste decir 'W1'?",
            "época 500: pérdida 0.499, exactitud 0.75",
            "convergió tras 6 épocas (10 actualizaciones)",
            "no convergió en 20 épocas: los datos no son linealmente separables",
            "la red n recibe 3 entradas, pero dataset tiene 2 atributos",
            "  sugerencia: usa not en vez de !, y and y or en vez de && y ||",
            "  sugerencia: escribe: } else if condición { … }",
            "  sugerencia: añade: stop when loss stops improving for 20 epochs",
            "  sugerencia: una condición de parada puede usar accuracy, epoch, loss, lr, val_accuracy, val_loss",
            "  sugerencia: las redes se entrenan con un bloque: train p on DATA { loss …; optimizer … }",
            "  sugerencia: save h to \"history.csv\"",
            "train … with necesita una regla de aprendizaje, pero recibió el optimizador sgd(lr = 0.1)",
            "  :vars         los nombres que has definido y sus valores",
            "  layer.units  — cuántas unidades",
            "  :history      las entradas que se ejecutaron sin error, numeradas",
            "temas: matrices, graph, units, networks, data, metrics, files, text, fields",
            "entropía cruzada softmax frente a filas one-hot o a una columna de índices de clase",
            "el mensaje 'the value is wrong' sale tal cual",
            "  ejemplo: train p on AND with perceptron_rule(lr = 1) epochs 10",
            "Adam (Kingma y Ba): como el AdamW de PyTorch");

    @Test
    void findsEveryPlantedEnglishMessage() {
        for (String english : PLANTED) {
            assertEquals(1, EnglishAudit.scan(english).size(), "not found: " + english);
        }
    }

    @Test
    void findsAnEnglishLineAmongSpanishOnes() {
        String output = String.join("\n", SPANISH) + "\nthe weights did not change\n" + String.join("\n", SPANISH);
        List<EnglishAudit.Finding> found = EnglishAudit.scan(output);
        assertEquals(1, found.size(), found.toString());
        assertEquals("the weights did not change", found.get(0).line());
    }

    @Test
    void correctSpanishIsNotEnglish() {
        for (String spanish : SPANISH) assertEquals(List.of(), EnglishAudit.scan(spanish), spanish);
    }

    @Test
    void theProgramsOwnWordsAreNotNns() {
        String source = """
                network first_try = 2 -> dense(1, sigmoid)
                print "the loss is"
                print f"after {n} epochs the accuracy is {a:.2f}"
                # the comments of a program are never output
                """;
        assertEquals(List.of(), EnglishAudit.scan("the loss is\nafter 3 epochs the accuracy is 0.75", source));
        assertEquals(List.of(), EnglishAudit.scan("la red first_try: 2 entradas → 1 salida", source));
        // A source line echoed under an error is the program's too.
        assertEquals(List.of(), EnglishAudit.scan("x.nn:2:7: error: …\n  print \"the loss is\"\n        ^", source));
        // But nn's English is found, in a run of any program.
        assertEquals(1, EnglishAudit.scan("the comments of a program are never output", source).size(),
                "a comment of the program (such as a golden script's expectation) is not the program's output");
        assertEquals(1, EnglishAudit.scan("the loss is 0.3\ntraining stopped after 3 epochs", source).size());
    }

    @Test
    void allowancesCoverTheirLinesAndAreCountedWhenUsed() {
        List<EnglishAudit.Finding> found = EnglishAudit.scan("the weights did not change\nthe loss is wrong");
        Set<String> used = new TreeSet<>();
        List<EnglishAudit.Finding> left = EnglishAudit.notAllowed(found, List.of("did not change", "unused allowance"), used);
        assertEquals(1, left.size());
        assertEquals("the loss is wrong", left.get(0).line());
        assertEquals(Set.of("did not change"), used);
    }

    /**
     * Texts of the Spanish catalogues that the audit reads as English though they are code; each names why.
     */
    static final Map<String, String> CODE_IN_CATALOGUES = Map.of(
            "lang.header.visibility-not-hidden-hint", "the assignment header's own words: visible after due");

    @Test
    void everySpanishCatalogueTextIsSpanish() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        List<Path> catalogues;
        try (Stream<Path> list = Files.list(MessageCataloguesTest.CATALOGUES)) {
            catalogues = list.filter(p -> p.toString().endsWith("_es.properties")).sorted().toList();
        }
        assertTrue(catalogues.size() > 10, "the Spanish catalogues: " + catalogues);
        for (Path file : catalogues) {
            Properties texts = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                texts.load(r);
            }
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                List<EnglishAudit.Finding> english = EnglishAudit.scan(texts.getProperty(key));
                if (english.isEmpty()) continue;
                if (CODE_IN_CATALOGUES.containsKey(key)) used.add(key);
                else problems.add(file.getFileName() + " " + key + ": " + english);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(CODE_IN_CATALOGUES.keySet(), used, "an exception that matches nothing is stale: remove it");
    }
}
