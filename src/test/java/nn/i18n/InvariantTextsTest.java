package nn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import nn.tensor.Matrix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Texts of nn's invariants and of its own machinery (the kernels, the thread pool, a dataset's checks, the
 * message catalogues themselves, a library's sentence) read in the run's language: English unchanged,
 * Spanish with no English sentence. They show after "internal error:" (or "error interno:"), whose frame says
 * the fault is nn's.
 */
class InvariantTextsTest {
    @AfterEach void english() { Messages.use(Lang.EN); }

    private static String thrown(Lang lang, Executable code) {
        Messages.use(lang);
        try {
            return assertThrows(RuntimeException.class, code).getMessage();
        } finally {
            Messages.use(Lang.EN);
        }
    }

    private static void bothLanguages(String english, String spanish, Executable code) {
        assertEquals(english, thrown(Lang.EN, code));
        String es = thrown(Lang.ES, code);
        assertEquals(spanish, es);
        assertEquals(List.of(), EnglishAudit.scan(es), es);
    }

    @Test
    void theKernelsAndTheThreadPoolSayTheirInvariants() {
        Matrix a = Matrix.zeros(2, 3);
        bothLanguages("transpose: 2×3 into 2×3", "transpose: 2×3 en 2×3",
                () -> nn.tensor.kernel.Transpose.transpose(a, Matrix.zeros(2, 3)));
        bothLanguages("map: 2×3 into 3×2", "map: 2×3 en 3×2",
                () -> nn.tensor.kernel.Elementwise.map(a, Matrix.zeros(3, 2), x -> x));
        bothLanguages("the number of threads must be at least 1, got 0", "el número de hilos debe ser al menos 1, pero es 0",
                () -> nn.tensor.parallel.Parallel.setThreads(0));
    }

    @Test
    void aDatasetsOwnChecksAreSaidInTheLanguage() {
        Supplier<nn.data.Dataset> bad = () -> new nn.data.Dataset("d", Matrix.zeros(3, 2), Matrix.zeros(2, 1), List.of(), List.of(), 0);
        bothLanguages("d: 3 input rows but 2 target rows", "d: 3 filas de entrada pero 2 filas de objetivos", bad::get);
        bothLanguages("d: row 1 has class 5, outside 0…1", "d: la fila 1 tiene la clase 5, fuera de 0…1",
                () -> nn.data.Dataset.classification("d", Matrix.zeros(1, 2), new int[] {5}, 2));
    }

    @Test
    void theCataloguesOwnFailuresAreSaidInTheLanguage() {
        bothLanguages("no text for message key train.no-such-text in en", "no hay texto para la clave de mensaje train.no-such-text en es",
                () -> Messages.t("train.no-such-text"));
        bothLanguages("no text for message key nosuchcatalogue.x in en", "no hay texto para la clave de mensaje nosuchcatalogue.x en es",
                () -> Messages.t("nosuchcatalogue.x"));
        bothLanguages("plural choice {0} needs a number, got abc", "la elección de plural {0} necesita un número, pero recibió abc",
                () -> Messages.format("{0,choice,1#1 epoch|1<{0} epochs}", "abc"));
    }

    @Test
    void aLibrarysSentenceIsNnsOutsideEnglish() {
        Messages.use(Lang.ES);
        assertEquals("sus datos comprimidos están dañados", Foreign.orSaid("Not in GZIP format", Messages.t("data.gzip-damaged")));
        Messages.use(Lang.EN);
        assertEquals("Not in GZIP format", Foreign.orSaid("Not in GZIP format", Messages.t("data.gzip-damaged")));
    }
}
