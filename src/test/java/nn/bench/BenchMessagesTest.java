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

    @Test
    void threadsPrintsBothThreadCountsAndTheirRatioInEitherLanguage() {
        int threads = nn.tensor.parallel.Parallel.threads();
        try {
            String en = printed(Lang.EN, () -> ThreadsBench.main(new String[] {"2", "0.01", "--only", "^GEMM n = 64$"}));
            assertTrue(en.startsWith("# nn bench threads: every row on 1 and on 2 engine threads, interleaved, 2 rounds of 0.01 s, wall clock;"), en);
            assertTrue(en.contains("\n# round 2 of 2 done\n"), en);
            assertTrue(en.contains("\n| work | unit | 1 thread median (spread) | 2 threads median (spread) | loops split (2 threads) | 2 threads / 1 (range) |\n|---|---|---|---|---|---|\n"), en);
            // n = 64 (16 µs of work) is never worth a worker: both thread counts ran the same code, and the row says so.
            assertTrue(en.matches("(?s).*\n\\| GEMM n = 64 \\| GFLOPS \\| [\\d.]+ \\([\\d.]+–[\\d.]+\\) \\| [\\d.]+ \\([\\d.]+–[\\d.]+\\) \\| 0 \\| \\d+\\.\\d\\d× \\(\\d+\\.\\d\\d–\\d+\\.\\d\\d\\) "
                    + "\\(nothing split: the same work on 1 and 2 threads, so the ratio is the machine's noise\\) \\|\n.*"), en);
            assertTrue(en.contains("The pool measured a worker's wake-up at "), en);
            String es = printed(Lang.ES, () -> ThreadsBench.main(new String[] {"1", "0.01", "--only", "XOR"}));
            assertTrue(es.startsWith("# nn bench threads: cada fila con 1 y con 2 hilos del motor, intercaladas, 1 rondas de 0.01 s, reloj de pared;"), es);
            assertTrue(es.matches("(?s).*\n\\| XOR 2-2-1, 10000 épocas \\| ms \\| .*\\(nada repartido: el mismo trabajo con 1 y con 2 hilos, así que el cociente es el ruido de la máquina\\) \\|\n.*"), es);
            assertEquals(threads, nn.tensor.parallel.Parallel.threads(), "the engine's thread count is restored");
        } finally {
            nn.tensor.parallel.Parallel.setThreads(threads);
        }
        Messages.use(Lang.ES);
        assertEquals("bench threads: opción desconocida '--fast' (acepta [RONDAS] [SEGUNDOS] [--quick] [--only REGEX])",
                assertThrows(BenchArgs.Bad.class, () -> ThreadsBench.main(new String[] {"--fast"})).getMessage());
        Messages.use(Lang.EN);
        assertEquals("bench threads: --only '(' is not a regular expression (at character 1)",
                assertThrows(BenchArgs.Bad.class, () -> ThreadsBench.main(new String[] {"--only", "("})).getMessage());
        assertEquals("bench threads: --only needs a regular expression (e.g. 'GEMM')",
                assertThrows(BenchArgs.Bad.class, () -> ThreadsBench.main(new String[] {"--only"})).getMessage());
    }
}
