package nn.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/language.md and the registry agree: every builtin is documented, and every documented call is a builtin. */
class ReferenceListsEveryBuiltinTest {
    private static final Path REFERENCE = Path.of("docs/language.md");

    /** Calls the reference's tables show that are not builtins: a network or unit called like a function. */
    private static final Set<String> NOT_BUILTINS = Set.of("net");

    private static String reference() throws IOException { return Files.readString(REFERENCE); }

    /** The text inside `…` spans, where the reference writes code. */
    private static List<String> codeSpans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`\\n]+)`").matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test void everyRegisteredBuiltinIsInTheReference() throws IOException {
        List<String> code = codeSpans(reference());
        List<String> missing = new ArrayList<>();
        for (Builtin b : Registry.standard().all()) {
            Pattern word = Pattern.compile("(^|[^A-Za-z0-9_])" + Pattern.quote(b.name()) + "([^A-Za-z0-9_]|$)");
            if (code.stream().noneMatch(c -> word.matcher(c).find())) missing.add(b.name());
        }
        assertEquals(List.of(), missing, "builtins docs/language.md does not mention in code");
    }

    @Test void everyCallTheReferenceTabulatesIsRegistered() throws IOException {
        Set<String> unknown = new TreeSet<>();
        // A table row whose first cell starts with `name(…)` documents a builtin.
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_][a-z0-9_]*)\\(").matcher(reference());
        while (m.find())
            if (Registry.standard().get(m.group(1)) == null && !NOT_BUILTINS.contains(m.group(1))) unknown.add(m.group(1));
        assertEquals(Set.of(), unknown, "docs/language.md documents calls that are not builtins");
    }

    @Test void everyBuiltinHasADocAndAnExample() {
        for (Builtin b : Registry.standard().all()) {
            assertFalse(b.doc().isBlank(), b.name());
            assertTrue(b.example().contains(b.name()) || b.name().equals("perceptron_rule") || b.name().equals("hebb")
                    || b.example().contains(b.name() + " "), b.name() + "'s example does not use it: " + b.example());
        }
    }
}
