package nn.web.teavm;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.model.BasicBlockReader;
import org.teavm.model.ClassReader;
import org.teavm.model.ListableClassReaderSource;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.ProgramReader;
import org.teavm.model.VariableReader;
import org.teavm.model.instructions.AbstractInstructionReader;

/**
 * Writes the body of {@code nn.i18n.BrowserCatalogues.table()} when TeaVM compiles nn.js: the message
 * catalogues ({@code nn/i18n/*.properties}, read with {@link Properties} as the JVM reads them) as one
 * JavaScript object literal {@code {"en": {key: text, …}, "es": {key: text, …}}}, plain text that gzip packs
 * well and the browser needs no decoding for (they were embedded as base64 before: 110 KB of nn.js gzipped).
 *
 * <p>Only the texts the compiled code can ask for go in: a key is kept when it is a string constant somewhere in
 * the code TeaVM emits (every key is written out in full where the code asks for its text, which
 * MessageCataloguesTest enforces), and a family of keys built at run time (declared {@code # dynamic: PREFIX}
 * in its catalogue) is kept whole when a constant of the code starts with its prefix. The REPL's, the CLI's and
 * grading's texts are not in nn.js because their code is not. A Spanish text equal to the English one is left
 * out: the lookup falls back to English, as ResourceBundle's parent does.
 *
 * <p>Runs inside the TeaVM compiler at build time; it is not part of the jar.
 */
public final class CatalogueTable implements Generator {
    static final String FOLDER = "nn/i18n/";

    @Override
    public void generate(GeneratorContext context, SourceWriter writer, MethodReference method) {
        Set<String> constants = stringConstants(context.getClassSource());
        Map<String, Map<String, String>> table = table(read(context.getClassLoader()), constants::contains,
                prefix -> constants.stream().anyMatch(c -> c.startsWith(prefix)));
        if (!table.get("en").containsKey("diagnostic.hint")) {
            throw new IllegalStateException("no message key found among the compiled code's strings (diagnostic.hint is"
                    + " used by every error): TeaVM's programs are not readable here");
        }
        writer.append("return ").append(literal(table)).append(";").softNewLine();
    }

    /** One catalogue file: its name without .properties ("train", "train_es"), its texts, its dynamic prefixes. */
    record Catalogue(String name, Map<String, String> texts, List<String> dynamic) {
        String language() { return name.contains("_") ? name.substring(name.indexOf('_') + 1) : "en"; }
    }

    /**
     * {language: {key: text}} with the keys {@code named} (or in a family whose prefix is {@code prefixUsed});
     * a language other than English keeps only the texts that differ from the English ones.
     */
    static Map<String, Map<String, String>> table(List<Catalogue> catalogues, Predicate<String> named, Predicate<String> prefixUsed) {
        Map<String, Map<String, String>> table = new TreeMap<>();
        table.put("en", new TreeMap<>());
        Set<String> families = new HashSet<>();
        for (Catalogue c : catalogues) for (String prefix : c.dynamic()) if (prefixUsed.test(prefix)) families.add(prefix);
        for (String language : List.of("en", "es")) {
            for (Catalogue c : catalogues) {
                if (!c.language().equals(language)) continue;
                for (Map.Entry<String, String> e : c.texts().entrySet()) {
                    String key = e.getKey();
                    if (!named.test(key) && families.stream().noneMatch(key::startsWith)) continue;
                    if (!language.equals("en") && e.getValue().equals(table.get("en").get(key))) continue;
                    table.computeIfAbsent(language, l -> new TreeMap<>()).put(key, e.getValue());
                }
            }
        }
        for (Catalogue c : catalogues) table.computeIfAbsent(c.language(), l -> new TreeMap<>());
        return table;
    }

    /** Every catalogue in nn/i18n/ on the class path TeaVM compiles from (target/classes). */
    static List<Catalogue> read(ClassLoader loader) {
        URL any = loader.getResource(FOLDER + "cli.properties");
        if (any == null || !"file".equals(any.getProtocol())) {
            throw new IllegalStateException("the message catalogues are not files on TeaVM's class path: " + any);
        }
        List<Catalogue> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(any.toURI()).getParent())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList())
                out.add(catalogue(p.getFileName().toString().replace(".properties", ""), Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the message catalogues", e);
        }
        return out;
    }

    static Catalogue catalogue(String name, String text) throws IOException {
        Properties p = new Properties();
        try (Reader r = new java.io.StringReader(text)) { p.load(r); }
        Map<String, String> texts = new TreeMap<>();
        for (String k : p.stringPropertyNames()) texts.put(k, p.getProperty(k));
        List<String> dynamic = text.lines().filter(l -> l.startsWith("# dynamic: ")).map(l -> l.substring(11).trim()).toList();
        return new Catalogue(name, texts, dynamic);
    }

    /** The string constants of every method TeaVM is about to write out. */
    private static Set<String> stringConstants(ListableClassReaderSource classes) {
        Set<String> out = new HashSet<>();
        AbstractInstructionReader collect = new AbstractInstructionReader() {
            @Override public void stringConstant(VariableReader receiver, String constant) { out.add(constant); }
        };
        for (String name : classes.getClassNames()) {
            ClassReader cls = classes.get(name);
            if (cls == null) continue;
            for (MethodReader m : cls.getMethods()) {
                ProgramReader program = m.getProgram();
                if (program == null) continue;
                for (int i = 0; i < program.basicBlockCount(); i++) {
                    BasicBlockReader block = program.basicBlockAt(i);
                    block.readAllInstructions(collect);
                }
            }
        }
        return out;
    }

    /** The table as a JavaScript object literal: keys and texts as string literals (UTF-8 text kept as it is). */
    static String literal(Map<String, Map<String, String>> table) {
        StringBuilder b = new StringBuilder("{");
        String sep = "";
        for (Map.Entry<String, Map<String, String>> language : table.entrySet()) {
            b.append(sep).append(string(language.getKey())).append(":{");
            sep = ",";
            String inner = "";
            for (Map.Entry<String, String> e : language.getValue().entrySet()) {
                b.append(inner).append(string(e.getKey())).append(':').append(string(e.getValue()));
                inner = ",\n";  // a line per text: the file stays readable, at one byte each
            }
            b.append('}');
        }
        return b.append('}').toString();
    }

    /** A JavaScript string literal of {@code s}. */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    // Controls, the two JavaScript line terminators and lone surrogates are written as escapes.
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c) && !pairedAt(s, i))
                        b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
