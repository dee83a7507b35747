package nn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The browser build's filling of catalogue texts (PlainFormat) gives what MessageFormat and ChoiceFormat give on the JVM. */
class PlainFormatTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),choice,([^}]*(?:\\{\\d+}[^}]*)*)}");

    /** Every text of every catalogue, both languages. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/nn/i18n"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties props = new Properties();
                props.load(new StringReader(Files.readString(p, StandardCharsets.UTF_8)));
                for (String k : props.stringPropertyNames()) out.add(props.getProperty(k));
            }
        }
        return out;
    }

    @Test void everyCatalogueTextIsFilledAsMessageFormatFillsIt() throws IOException {
        int checked = 0;
        for (String text : texts()) {
            int arguments = 0;
            Matcher m = ARGUMENT.matcher(text);
            while (m.find()) arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
            List<Integer> plurals = new ArrayList<>();
            Matcher c = CHOICE.matcher(text);
            while (c.find()) plurals.add(Integer.parseInt(c.group(1)));
            for (double count : new double[] {0, 1, 2, 1.5, 1000}) {
                // Arguments as the code passes them: words with quotes and braces, numbers, a missing last one.
                for (int given : new int[] {arguments, Math.max(0, arguments - 1)}) {
                    Object[] args = new Object[given];
                    for (int i = 0; i < given; i++)
                        args[i] = plurals.contains(i) ? number(count) : i % 3 == 0 ? "it's {x}" : i % 3 == 1 ? 0.1 + 0.2 : (Object) 12345;
                    if (given < arguments && plurals.contains(given)) continue;  // a choice needs its number
                    Object[] jvm = args.clone(), browser = args.clone();
                    assertEquals(Messages.format(text, jvm), PlainFormat.fill(Messages.expandChoices(text, browser), browser), text);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    /** A whole count as the code passes it (an int), else a double. */
    private static Object number(double count) {
        if (count == Math.rint(count)) return (int) count;
        return count;
    }

    @Test void everyPluralChoosesAsChoiceFormatChooses() throws IOException {
        int checked = 0;
        for (String text : texts()) {
            Matcher c = CHOICE.matcher(text);
            while (c.find()) {
                String choices = c.group(2);
                for (double x : new double[] {-1, 0, 0.5, 1, Math.nextUp(1.0), 1.5, 2, 3, 1e9, Double.NaN,
                        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    assertEquals(new ChoiceFormat(choices).format(x), PlainFormat.choose(choices, x), choices + " at " + x);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
        assertEquals("none", PlainFormat.choose("0#none|1#one|1<many", -5));
    }

    @Test void aMissingArgumentStaysAsWritten() {
        assertEquals("a {1} b", PlainFormat.fill("a {1} b", new Object[] {"x"}));
        assertEquals("{x} {} {0 } 7", PlainFormat.fill("{x} {} {0 } {0}", new Object[] {7}));
    }
}
