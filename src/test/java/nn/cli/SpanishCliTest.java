package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** --help and usage errors follow --lang; --lang itself is listed in --help. */
class SpanishCliTest {
    private final PrintStream out = System.out, err = System.err;

    @AfterEach
    void restore() {
        System.setOut(out);
        System.setErr(err);
        Messages.use(Lang.EN);
    }

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int status = Main.execute(args);
        return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpIsInSpanishWithLangEs() {
        Run r = run("--lang", "es", "--help");
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
            Run r = run(args);
            assertTrue(r.out().startsWith("Uso: nn "), String.join(" ", command) + ": " + r.out());
            assertTrue(r.out().contains("muestra esta ayuda y termina"), String.join(" ", command) + ": " + r.out());
        }
    }

    @Test
    void englishHelpListsLangToo() {
        Run r = run("--help");
        assertTrue(r.out().startsWith("Usage: nn "), r.out());
        assertTrue(r.out().contains("--lang=LANG"), r.out());
        assertTrue(r.out().contains("the language nn speaks, en or es"), r.out());
    }

    @Test
    void usageErrorsFollowTheLanguage() {
        Run es = run("--lang", "es", "--bogus");
        assertEquals(64, es.status());
        assertEquals("nn: opción desconocida: '--bogus'\nuso: nn [opciones] [ARCHIVO.nn]    (nn --help lista las opciones)\n", es.err());
        Messages.use(Lang.EN);
        Run en = run("--bogus");
        assertEquals("nn: Unknown option: '--bogus'\nusage: nn [options] [FILE.nn]    (nn --help lists the options)\n", en.err());
    }

    @Test
    void aFolderGivenAsTheScriptIsSaidInTheLanguage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Run es = run("--lang", "es", dir.toString());
        assertEquals(64, es.status());
        assertEquals("nn: no se puede leer " + dir + ": es una carpeta\n", es.err());
        Messages.use(Lang.EN);
        Run en = run(dir.toString());
        assertEquals("nn: cannot read " + dir + ": it is a folder\n", en.err());
    }
}
