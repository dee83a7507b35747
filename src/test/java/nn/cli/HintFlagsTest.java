package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code --option} a message names (a hint, an error, a usage text) exists, spelled so, on the command
 * whose run can print that message: a script's runtime messages (budgets, files) on {@code nn} itself, grading's
 * on {@code nn grade}, similar's on {@code nn similar}, and so on; {@code ./nn bench compare}'s and
 * {@code ./nn bench startup}'s texts on the scripts the launcher runs for them. A renamed flag, or a hint that
 * names another command's flag, fails here. A text that names the command itself ({@code nn grade --jobs 2},
 * {@code nn kernel install --user}) is held to that command.
 */
class HintFlagsTest {
    private static final Path CATALOGUES = Path.of("src/main/resources/nn/i18n");
    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");
    /** A command named in the text, up to the flag after it: "nn grade --jobs", "nn kernel install --user". */
    private static final Pattern NAMED = Pattern.compile("\\bnn (run|bench|grade|kernel|fuzz|similar|web)\\b[^.;:\\n]*$");

    /** Every option name of a command and of its subcommands. */
    private static Set<String> options(CommandLine command) {
        Set<String> names = new TreeSet<>();
        for (CommandLine.Model.OptionSpec o : command.getCommandSpec().options()) names.addAll(List.of(o.names()));
        for (CommandLine sub : command.getSubcommands().values()) names.addAll(options(sub));
        return names;
    }

    /** The flags a script's text spells out in quotes ("--rounds"), as compare.py and startup.sh parse them. */
    private static Set<String> quotedFlags(Path script) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("[\"'(|\\s](--[a-z][a-z0-9-]*)[\"')|=*]").matcher(Files.readString(script));
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** The flags the command that prints a catalogue's texts takes, by the catalogue's area. */
    private static Set<String> flagsFor(String key, CommandLine nn) throws IOException {
        String area = key.substring(0, key.indexOf('.'));
        Set<String> flags = new TreeSet<>(options(nn.getSubcommands().get("run")));
        flags.addAll(nn.getCommandSpec().options().stream().flatMap(o -> Stream.of(o.names())).toList());
        switch (area) {
            case "grade", "similar", "fuzz", "web", "kernel" -> flags.addAll(options(nn.getSubcommands().get(area)));
            case "cli" -> flags.addAll(options(nn));  // the command line's own messages, about any command
            case "bench" -> {
                flags.addAll(options(nn.getSubcommands().get("bench")));
                if (key.startsWith("bench.compare.")) flags.addAll(quotedFlags(Path.of("bench/compare.py")));
                if (key.startsWith("bench.startup.")) flags.addAll(quotedFlags(Path.of("bench/startup.sh")));
            }
            default -> { }  // what a running script says: nn's and nn run's flags
        }
        return flags;
    }

    @Test
    void everyFlagAMessageNamesExistsOnItsCommand() throws IOException {
        CommandLine nn = new CommandLine(new Main());
        List<String> problems = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(CATALOGUES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    Matcher flag = FLAG.matcher(p.getProperty(key));
                    String text = p.getProperty(key);
                    while (flag.find()) {
                        seen++;
                        Matcher named = NAMED.matcher(text.substring(0, flag.start()));
                        // ./nn bench compare and startup are scripts the launcher runs: their catalogue keys say which.
                        Set<String> flags = named.find() && !named.group(1).equals("bench")
                                ? options(nn.getSubcommands().get(named.group(1))) : flagsFor(key, nn);
                        if (!flags.contains(flag.group()))
                            problems.add(file.getFileName() + ": " + key + " names " + flag.group() + ", which its command does not take");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(seen > 50, "the scan found the flags the catalogues name: " + seen);
    }

    @Test
    void theCheckKnowsAWrongFlagFromARightOne() throws IOException {
        CommandLine nn = new CommandLine(new Main());
        assertTrue(flagsFor("interp.budget.output-hint", nn).contains("--max-output"));
        assertTrue(!flagsFor("grade.some-hint", nn).contains("--threshold"), "nn grade takes no --threshold");
        assertTrue(flagsFor("grade.some-hint", nn).contains("--jobs"));
        assertTrue(!flagsFor("interp.some-hint", nn).contains("--jobs"), "a script's message cannot offer nn grade's --jobs");
        assertTrue(flagsFor("bench.compare.usage", nn).containsAll(List.of("--rounds", "--seconds", "--quick", "--wall", "--only", "--before")));
    }
}
