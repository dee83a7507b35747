package nn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What nn bench prints follows the language; the figures keep the code's notation in both. */
class BenchMessagesTest {
    private final PrintStream out = System.out;

    @AfterEach
    void restore() {
        System.setOut(out);
        Messages.use(Lang.EN);
    }

    private static String printed(Lang lang, Runnable bench) {
        Messages.use(lang);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
        bench.run();
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void xorPrintsItsRunsInEitherLanguage() {
        String en = printed(Lang.EN, () -> XorBench.main(new String[] {"20", "2"}));
        assertTrue(en.matches("run 1: 20 epochs in \\d+\\.\\d ms, \\d+\\.\\d\\d µs/epoch, final loss \\d\\.\\d{6} \\(includes JIT warm-up\\)\n"
                + "run 2: 20 epochs in \\d+\\.\\d ms, \\d+\\.\\d\\d µs/epoch, final loss \\d\\.\\d{6}\n"
                + "best: \\d+\\.\\d ms, \\d+\\.\\d\\d µs/epoch\n"), en);
        String es = printed(Lang.ES, () -> XorBench.main(new String[] {"20", "2"}));
        assertTrue(es.matches("ejecución 1: 20 épocas en \\d+\\.\\d ms, \\d+\\.\\d\\d µs/época, pérdida final \\d\\.\\d{6} \\(incluye el calentamiento del JIT\\)\n"
                + "ejecución 2: 20 épocas en \\d+\\.\\d ms, \\d+\\.\\d\\d µs/época, pérdida final \\d\\.\\d{6}\n"
                + "mejor: \\d+\\.\\d ms, \\d+\\.\\d\\d µs/época\n"), es);
    }

    @Test
    void trainSaysItsThreadsWithTheRightPluralInSpanish() {
        int threads = nn.tensor.parallel.Parallel.threads();
        try {
            nn.tensor.parallel.Parallel.setThreads(1);
            String es = printed(Lang.ES, () -> TrainBench.main(new String[] {"64", "1"}));
            assertTrue(es.startsWith("784-128-64-10 relu, cross_entropy, lote 64, sgd, float64, 64 filas por época, 1 hilo del motor\n"), es);
            // Whole figures without thousands separators in Spanish (a comma there is a decimal comma).
            assertTrue(es.matches("(?s).*\népoca 1: \\d+\\.\\d\\d s, \\d+ muestras/s, \\d+ bytes reservados por paso \\(pérdida \\d\\.\\d{4}\\)\n"
                    + "mejor: \\d+ muestras/s; pérdida del calentamiento \\d\\.\\d{4}\n"), es);
            String en = printed(Lang.EN, () -> TrainBench.main(new String[] {"64", "1"}));
            assertTrue(en.startsWith("784-128-64-10 relu, cross_entropy, batch 64, sgd, float64, 64 rows an epoch, 1 engine thread(s)\n"), en);
        } finally {
            nn.tensor.parallel.Parallel.setThreads(threads);
        }
    }

    @Test
    void aWordWhereANumberGoesIsSaidInTheLanguage() {
        Messages.use(Lang.ES);
        assertEquals("bench xor: 'abc' no es un número entero (1 o más)",
                assertThrows(BenchArgs.Bad.class, () -> BenchArgs.count("xor", new String[] {"abc"}, 0, 5)).getMessage());
        assertEquals("bench matmul: '0' no es un número mayor que 0",
                assertThrows(BenchArgs.Bad.class, () -> BenchArgs.number("matmul", new String[] {"0"}, 0, 0.5)).getMessage());
        Messages.use(Lang.EN);
        assertEquals("bench xor: '-3' is not a whole number (1 or more)",
                assertThrows(BenchArgs.Bad.class, () -> BenchArgs.count("xor", new String[] {"10", "-3"}, 1, 5)).getMessage());
        assertEquals(5, BenchArgs.count("xor", new String[] {"10"}, 1, 5));
        assertEquals(0.25, BenchArgs.number("matmul", new String[] {" 0.25 "}, 0, 0.5));
    }
}
