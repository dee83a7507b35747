package nn.interp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** docs/language.md and the registry agree on fields: every field is documented, and every documented field exists. */
class ReferenceListsEveryFieldTest {
    private static final Path REFERENCE = Path.of("docs/language.md");

    /** `x.name` and `.name` spans that are file names, not fields. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("nn", "gz", "onnx", "png", "svg", "csv", "json", "gif", "idx", "out", "txt", "md");

    /** The field names the reference writes as `.name` or `x.name` (a single dot, no call). */
    private static Set<String> documentedFields() throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("`(?:[A-Za-z_][A-Za-z0-9_]*)?\\.([A-Za-z_][A-Za-z0-9_]*)`").matcher(Files.readString(REFERENCE));
        while (m.find()) if (!FILE_EXTENSIONS.contains(m.group(1))) out.add(m.group(1));
        return out;
    }

    @Test void everyRegisteredFieldIsInTheReference() throws IOException {
        String text = Files.readString(REFERENCE);
        List<String> missing = new ArrayList<>();
        for (Field f : Registry.standard().allFields()) {
            // Written `x.name` or `.name` in a code span, or after a dot inside a longer one (`net.dense1.weights`).
            Pattern written = Pattern.compile("`[^`\\n]*\\." + Pattern.quote(f.name()) + "(?![A-Za-z0-9_])[^`\\n]*`");
            if (!written.matcher(text).find()) missing.add(f.usage());
        }
        assertEquals(List.of(), missing, "fields docs/language.md does not mention in code");
    }

    @Test void everyFieldTheReferenceNamesIsRegistered() throws IOException {
        Set<String> registered = new TreeSet<>();
        Registry.standard().allFields().forEach(f -> registered.add(f.name()));
        Set<String> unknown = new TreeSet<>(documentedFields());
        unknown.removeAll(registered);
        unknown.removeIf(name -> name.matches("dense[0-9]+") || name.equals("NAME"));  // a network's layers, reached by name
        assertEquals(Set.of(), unknown, "docs/language.md names fields that are not registered");
    }

    @Test void everyFieldHasADocAndAType() {
        for (Field f : Registry.standard().allFields()) {
            assertFalse(f.doc().isBlank(), f.usage());
            assertFalse(f.type().isBlank(), f.usage());
        }
    }
}
