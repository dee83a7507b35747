package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nn.i18n.EnglishAudit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code nn --lang es COMMAND --help}, for nn and every command and sub-command picocli knows, holds no English. */
class HelpEnglishAuditTest {
    /**
     * English that --help still shows in Spanish, in areas translated separately; each names its item, and one
     * that matches nothing any more fails the test (remove it once its text is Spanish).
     */
    static final List<String> ALLOWED = List.of();

    @Test
    void everyCommandsHelpIsSpanish() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), commands);
        assertTrue(commands.size() >= 8, "nn, its commands and their sub-commands: " + commands);
        Set<String> used = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(List.of("--lang", "es"));
            args.addAll(command);
            args.add("--help");
            String help = run(args.toArray(String[]::new));
            assertTrue(help.startsWith("Uso: nn"), command + ": " + help);
            List<EnglishAudit.Finding> english = EnglishAudit.notAllowed(EnglishAudit.scan(help), ALLOWED, used);
            if (!english.isEmpty()) problems.add(EnglishAudit.report("nn " + String.join(" ", command) + " --help", english));
        }
        assertEquals(List.of(), problems);
        assertEquals(new TreeSet<>(ALLOWED), used, "an allowance that matches nothing is stale: remove it");
    }

    /**
     * picocli wraps lines where Java's line breaker allows, which includes after a dot inside a token: an address
     * or a file name (http://127.0.0.1, nn.jar) split over two lines cannot be copied. No --help in either language
     * may break a line right after a dot that a lower-case letter or digit continues.
     */
    @Test
    void noHelpSplitsAnAddressOrAFileName() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), commands);
        List<String> problems = new ArrayList<>();
        // A wrapped line (its continuation indented further than a new entry's two spaces) that ends in a dot a
        // lower-case letter or digit continues; abbreviations (i.e., e.g.) end a line legitimately.
        java.util.regex.Pattern split = java.util.regex.Pattern.compile("(\\S*[0-9A-Za-z])\\.\\n {3,}[0-9a-z]");
        for (String lang : List.of("en", "es"))
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(List.of("--lang", lang));
                args.addAll(command);
                args.add("--help");
                java.util.regex.Matcher m = split.matcher(run(args.toArray(String[]::new)));
                while (m.find()) if (!m.group(1).matches("(?i)[a-z](\\.[a-z])*")) problems.add(lang + " nn " + String.join(" ", command) + " --help: " + m.group().replace("\n", "⏎"));
            }
        assertEquals(List.of(), problems);
    }

    private static void collect(CommandLine cli, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        cli.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandName().equals(name)) return;  // an alias: the same command again
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, into);
        });
    }

    private static String run(String... args) {
        CliRun r = CliRun.of(args);
        return r.out() + r.err();
    }
}
