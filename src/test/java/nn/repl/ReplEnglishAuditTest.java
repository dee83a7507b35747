package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nn.i18n.EnglishAudit;
import nn.i18n.Lang;
import nn.i18n.Messages;
import nn.interp.lib.Area;
import nn.interp.lib.Builtin;
import nn.interp.lib.Field;
import nn.interp.lib.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student who chose Spanish meets no English at the REPL: the banner, :help and :help for every topic,
 * builtin, field and statement, :vars, :history, :save and its errors, :load's errors, :reset and an unknown command.
 */
class ReplEnglishAuditTest {
    @TempDir Path dir;

    /**
     * English the REPL still shows in Spanish, in areas translated separately; each names its item, and one
     * that matches nothing any more fails the test (remove it once its text is Spanish).
     */
    static final List<String> ALLOWED = List.of();

    @AfterEach
    void english() { Messages.use(Lang.EN); }

    @Test
    void everyCommandSpeaksSpanish() {
        Registry registry = Registry.standard();
        StringBuilder keys = new StringBuilder(":help\n:vars\n:history\n:save\n:save nada.nn\n:bogus\n:load missing.nn\n");
        for (Area area : Area.values()) keys.append(":help ").append(area.topic()).append('\n');
        keys.append(":help fields\n:help zzzz\n:help sigmod\n");
        Set<String> names = new TreeSet<>();
        registry.all().forEach(b -> names.add(b.name()));
        registry.allFields().forEach(f -> names.add(f.name()));
        for (String name : names) keys.append(":help ").append(name).append('\n');
        for (String topic : KeywordHelp.topics()) keys.append(":help ").append(topic).append('\n');
        keys.append("x = 3\nnetwork n = 2 -> dense(1, sigmoid)\nd = { [0, 1] -> 1; [1, 1] -> 0 }\nprint y\n")
                .append(":vars\n:history\n:history 2..3\n:history 7\n:history 1..99\n:save\n:save s.txt\n:save s.nn 5..9\n:save s.nn\n:save s.nn\n:save ../up.nn\n:reset\n:vars\n");

        Messages.use(Lang.ES);
        Terminals.Transcript t = Terminals.interactive(keys.toString(), dir);
        String text = t.text();
        assertTrue(text.contains("un lenguaje para aprender redes neuronales"), "the Spanish banner: " + text);
        assertTrue(text.contains("sesión reiniciada"), "the session ran to its end: " + text);

        // What the student typed and the examples :help shows are code, not English.
        StringBuilder code = new StringBuilder(keys);
        for (Builtin b : registry.all()) code.append(b.example().replaceAll("\\s+#.*", "")).append('\n');
        for (Field f : registry.allFields()) code.append(f.usage()).append('\n');
        for (KeywordHelp k : KeywordHelp.values()) code.append(k.example).append('\n');
        Set<String> used = new TreeSet<>();
        List<EnglishAudit.Finding> english = EnglishAudit.notAllowed(EnglishAudit.scan(text, code.toString()), ALLOWED, used);
        assertEquals(List.of(), english, () -> EnglishAudit.report("the REPL", english));
        assertEquals(new TreeSet<>(ALLOWED), used, "an allowance that matches nothing is stale: remove it");
    }
}
