package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of usage error picocli raises for nn's commands, and nn's own, in both languages: English is
 * picocli's own sentence except for a value of the wrong type (nn's words, never a Java type), Spanish is
 * nn's; both end with the usage line of the command that was run and exit 64.
 */
class UsageErrorsTest {
    @TempDir Path dir;

    @AfterEach
    void english() { Messages.use(Lang.EN); }

    private static final String EN_USAGE = "usage: nn [options] [FILE.nn]    (nn --help lists the options)\n";
    private static final String ES_USAGE = "uso: nn [opciones] [ARCHIVO.nn]    (nn --help lista las opciones)\n";

    /** The line after a usage error: a subcommand's error points to that subcommand's --help. */
    private static String usage(List<String> args, boolean spanish) {
        String command = "nn";
        if (!args.isEmpty() && java.util.Set.of("run", "similar", "grade", "fuzz", "web", "kernel", "bench").contains(args.get(0))) {
            command += " " + args.get(0);
            if (args.size() > 1 && java.util.Set.of("merge", "package", "install").contains(args.get(1))) command += " " + args.get(1);
        }
        if (command.equals("nn")) return spanish ? ES_USAGE : EN_USAGE;
        return spanish ? "uso: " + command + " …    (" + command + " --help lista las opciones)\n"
                : "usage: " + command + " …    (" + command + " --help lists the options)\n";
    }

    /** The command line run in one language: {@code --lang es} before it for Spanish. */
    private static CliRun run(List<String> args, boolean spanish) {
        List<String> line = new ArrayList<>(spanish ? List.of("--lang", "es") : List.of());
        line.addAll(args);
        return CliRun.of(line.toArray(String[]::new));
    }

    /** One wrong command line, what English says and what Spanish says. */
    private record Case(List<String> args, String english, String spanish) {}

    private List<Case> cases() throws IOException {
        String script = Files.writeString(dir.resolve("s.nn"), "x = 1\n").toString();
        return List.of(
                new Case(List.of("--max-steps", "abc", script),
                        "Invalid value for option '--max-steps': 'abc' is not a whole number",
                        "valor no válido para la opción '--max-steps': 'abc' no es un número entero"),
                new Case(List.of("similar", "--threshold", "x", "d"),
                        "Invalid value for option '--threshold': 'x' is not a number",
                        "valor no válido para la opción '--threshold': 'x' no es un número"),
                new Case(List.of("grade", "--force=yes"),
                        "Invalid value for option '--force': 'yes' is not true or false",
                        "valor no válido para la opción '--force': 'yes' no es true ni false"),
                new Case(List.of("fuzz", "abc"),
                        "Invalid value for INPUTS: 'abc' is not a whole number",
                        "valor no válido para ENTRADAS: 'abc' no es un número entero"),
                new Case(List.of("--timeout", "soon", script),
                        "Invalid value for option '--timeout': 'soon' is not a duration; write 10s, 500ms or 2m",
                        "valor no válido para la opción '--timeout': 'soon' no es una duración; escribe 10s, 500ms o 2m"),
                new Case(List.of("--max-steps"),
                        "Missing required parameter for option '--max-steps' (N)",
                        "falta el valor de la opción '--max-steps' (N)"),
                new Case(List.of("kernel", "install", "--prefix"),
                        "Missing required parameter for option '--prefix' (DIR)",
                        "falta el valor de la opción '--prefix' (CARPETA)"),
                new Case(List.of("run"),
                        "Missing required parameter: 'FILE'",
                        "falta el argumento obligatorio 'ARCHIVO'"),
                new Case(List.of("grade", "merge", "--out", "o"),
                        "Missing required parameters: 'ASSIGNMENT', 'SHARD_DIR'",
                        "faltan los argumentos obligatorios 'TAREA', 'CARPETA_DE_FRAGMENTO'"),
                new Case(List.of("grade", "merge", "a", "b"),
                        "Missing required option: '--out=DIR'",
                        "falta la opción obligatoria '--out=CARPETA'"),
                new Case(List.of("--bogus", script),
                        "Unknown option: '--bogus'",
                        "opción desconocida: '--bogus'"),
                new Case(List.of("--bogus", "--other"),
                        "Unknown options: '--bogus', '--other'",
                        "opciones desconocidas: '--bogus', '--other'"),
                new Case(List.of("run", "a", "b"),
                        "Unmatched argument at index 2: 'b'",
                        "argumento inesperado: 'b'"),
                new Case(List.of("run", "a", "b", "c"),
                        "Unmatched arguments from index 2: 'b', 'c'",
                        "argumentos inesperados: 'b', 'c'"),
                new Case(List.of("--timeout", "--max-steps", "5", script),
                        "Expected parameter for option '--timeout' but found '--max-steps'",
                        "la opción '--timeout' necesita un valor (TIEMPO), pero le sigue '--max-steps'"),
                new Case(List.of("web", "--port", "1", "--port", "2"),
                        "option '--port' (N) should be specified only once",
                        "la opción '--port' solo puede darse una vez"),
                new Case(List.of("web", "--port", "x"),
                        "Invalid value for option '--port': 'x' is not a whole number",
                        "valor no válido para la opción '--port': 'x' no es un número entero"),
                new Case(List.of("grade", "package", "a"),
                        "Error: Missing required argument (specify one of these): (--gradescope | --prairielearn | --classroom)",
                        "falta un argumento obligatorio (indica uno de estos): (--gradescope | --prairielearn | --classroom)"),
                new Case(List.of("grade", "package", "--gradescope", "--classroom", "a"),
                        "Error: --gradescope, --classroom are mutually exclusive (specify only one)",
                        "--gradescope, --classroom se excluyen entre sí (indica solo una)"),
                // nn's own checks after parsing: said with the usage line of the command that was run.
                new Case(List.of("fuzz", "0"),
                        "INPUTS must be at least 1, got 0",
                        "ENTRADAS debe ser al menos 1, no 0"),
                new Case(List.of("bench", "nope"),
                        "no benchmark called 'nope'; choose xor, train, validation, matmul, mlpstep, alloc, compare, serve, grade, similar or plots",
                        "no hay ninguna prueba de rendimiento llamada 'nope'; elige xor, train, validation, matmul, mlpstep, alloc, compare, serve, grade, similar o plots"),
                new Case(List.of("bench", "xor", "zzz"),
                        "bench xor: 'zzz' is not a whole number (1 or more)",
                        "bench xor: 'zzz' no es un número entero (1 o más)"),
                new Case(List.of("--lang", "fr", script),
                        "--lang must be en or es, got 'fr'",
                        "--lang debe ser en o es, no 'fr'"),
                new Case(List.of("--max-depth", "0", script),
                        "--max-depth must be between 1 and 100000, got 0",
                        "--max-depth debe estar entre 1 y 100000, no 0"));
    }

    @Test
    void everyKindOfUsageErrorInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Case c : cases()) {
            for (boolean spanish : new boolean[] {false, true}) {
                CliRun r = run(c.args(), spanish);
                String expected = "nn: " + (spanish ? c.spanish() : c.english()) + "\n" + usage(c.args(), spanish);
                if (r.status() != 64 || !r.err().equals(expected))
                    problems.add(c.args() + (spanish ? " in Spanish: " : " in English: ") + r.status() + " " + r.err());
                List<nn.i18n.EnglishAudit.Finding> english = spanish ? nn.i18n.EnglishAudit.scan(r.err()) : List.of();
                if (!english.isEmpty()) problems.add(c.args() + " in Spanish has English: " + english);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aPathTheFileSystemCannotNameAndAnUnforeseenKindAreSaidInSpanishWithoutPicocliEnglish() {
        CliRun es = CliRun.of("--lang", "es", "--allow-dir", "a\u0000b", "x.nn");
        assertEquals("nn: valor no válido para la opción '--allow-dir': 'a\u0000b' no es una ruta válida\n" + ES_USAGE, es.err());
        Messages.use(Lang.ES);
        assertEquals("nn no entiende esta línea de órdenes; escribe nn --help para ver cómo se usa",
                UsageErrors.message(new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()), "Missing required subcommand")));
        picocli.CommandLine grade = new picocli.CommandLine(new Main()).getSubcommands().get("grade");
        picocli.CommandLine.Model.ArgSpec jobs = grade.getCommandSpec().findOption("--jobs");
        String noValue = UsageErrors.message(new picocli.CommandLine.ParameterException(grade, "option '--jobs' max number of values exceeded", jobs, null));
        assertEquals("nn grade no entiende cómo se usa --jobs en esta línea de órdenes; escribe nn grade --help para ver cómo se usa", noValue);
        assertEquals(List.of(), nn.i18n.EnglishAudit.scan(noValue));
        Messages.use(Lang.EN);
        assertEquals("Missing required subcommand",
                UsageErrors.message(new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()), "Missing required subcommand")),
                "English keeps picocli's own sentence");
    }

    /** What {@code COMMAND --help} prints, in English or Spanish. */
    private static String help(boolean spanish, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--help");
        return run(args, spanish).out();
    }

    @Test
    void theSpanishSynopsisHasSpanishPlaceholders() {
        String grade = help(true, "grade");
        assertTrue(grade.contains("[--format=FORMATO[,FORMATO...]]... [TAREA]"), grade);
        assertTrue(grade.contains("[ENTREGA] [ORDEN]"), grade);
        String run = help(true, "run");
        assertTrue(run.contains("--timeout=TIEMPO"), run);
        assertTrue(run.contains("[--allow-dir=CARPETA]... ARCHIVO"), run);
        for (String[] command : new String[][] {{"bench"}, {"fuzz"}, {"web"}, {"kernel"}, {"similar"}, {"grade", "merge"}}) {
            String help = help(true, command);
            for (String english : List.of("FILE", "FOLDER", "SUBMISSION", "ASSIGNMENT", "COMMAND", "NAME", "INPUTS", "TIME", "SIZE",
                    "passed to", "how many", "the generator", "default"))
                assertFalse(help.contains(english), String.join(" ", command) + " --help says " + english + ":\n" + help);
        }
    }

    @Test
    void theEnglishSynopsisKeepsItsPlaceholders() {
        String grade = help(false, "grade");
        assertTrue(grade.contains("[--format=FORMAT[,FORMAT...]]... [ASSIGNMENT]"), grade);
        assertTrue(grade.contains("[SUBMISSION] [COMMAND]"), grade);
        assertTrue(help(false, "fuzz").contains("[INPUTS]    how many inputs (default 300000)"));
    }
}
