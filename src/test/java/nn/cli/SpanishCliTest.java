package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --help and usage errors follow --lang; --lang itself is listed in --help. */
class SpanishCliTest {
    @Test
    void helpIsInSpanishWithLangEs() {
        CliRun r = CliRun.of("--lang", "es", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Uso: nn "), r.out());
        assertTrue(r.out().contains("Un lenguaje pequeño y un REPL para aprender redes neuronales."), r.out());
        assertTrue(r.out().contains("--lang=IDIOMA"), r.out());
        assertTrue(r.out().contains("el idioma en que habla nn"), r.out());
        assertTrue(r.out().contains("Órdenes:"), r.out());
    }

    @Test
    void everyCommandsHelpIsInSpanish() {
        for (String[] command : new String[][] {{"run"}, {"grade"}, {"grade", "merge"}, {"grade", "package"}, {"similar"},
                {"kernel"}, {"kernel", "install"}}) {
            String[] args = new String[command.length + 3];
            args[0] = "--lang";
            args[1] = "es";
            System.arraycopy(command, 0, args, 2, command.length);
            args[args.length - 1] = "--help";
            CliRun r = CliRun.of(args);
            assertTrue(r.out().startsWith("Uso: nn "), String.join(" ", command) + ": " + r.out());
            assertTrue(r.out().contains("muestra esta ayuda y termina"), String.join(" ", command) + ": " + r.out());
        }
    }

    @Test
    void englishHelpListsLangToo() {
        CliRun r = CliRun.of("--help");
        assertTrue(r.out().startsWith("Usage: nn "), r.out());
        assertTrue(r.out().contains("--lang=LANG"), r.out());
        assertTrue(r.out().contains("the language nn speaks, en or es"), r.out());
    }

    @Test
    void usageErrorsFollowTheLanguage() {
        CliRun es = CliRun.of("--lang", "es", "--bogus");
        assertEquals(64, es.status());
        assertEquals("nn: opción desconocida: '--bogus'\nuso: nn [opciones] [ARCHIVO.nn]    (nn --help lista las opciones)\n", es.err());
        CliRun en = CliRun.of("--bogus");
        assertEquals("nn: Unknown option: '--bogus'\nusage: nn [options] [FILE.nn]    (nn --help lists the options)\n", en.err());
    }

    @Test
    void aFolderGivenAsTheScriptIsSaidInTheLanguage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun es = CliRun.of("--lang", "es", dir.toString());
        assertEquals(64, es.status());
        assertEquals("nn: no se puede leer " + dir + ": es una carpeta\n", es.err());
        CliRun en = CliRun.of(dir.toString());
        assertEquals("nn: cannot read " + dir + ": it is a folder\n", en.err());
    }
}
