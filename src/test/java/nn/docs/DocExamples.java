package nn.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.interp.Limits;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import nn.run.Session;

/**
 * Runs the examples of a Markdown page against the output the page shows. The convention, which
 * keeps the page readable as it is rendered:
 * <ul>
 *   <li>A fenced block with no language, or {@code nn}, is nn code. Blocks in another language
 *       ({@code text} for messages and transcripts, {@code json}, {@code console}) are not code.
 *   <li>A code block followed directly (on the next line) by another block is an example and its
 *       output: standard output, then standard error, exactly.
 *   <li>The page's examples run in order in one session, as in a notebook: later ones use the names
 *       earlier ones defined. The session's folder holds copies of the files the page reads
 *       ({@code points.csv}, {@code data/mnist}); what examples write stays there.
 *   <li>A code block with no output must run without an error.
 *   <li>An HTML comment on the line before a code block changes that: {@code <!-- example: as
 *       NAME.nn -->} runs it in the session under the name NAME.nn (for messages that name the file);
 *       {@code <!-- example: parse only, WHY -->} only parses it (it needs what the page cannot give,
 *       or shows an error in a comment).
 * </ul>
 */
public final class DocExamples {
    private DocExamples() {}

    /** A code block: its first line in the page, its text, the output shown after it (or null), its mode. */
    record Example(int line, String code, String output, String mode) {}

    static List<Example> examples(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Example> found = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!lines[i].startsWith("```")) { i++; continue; }
            String info = lines[i].substring(3).trim();
            int start = i + 1, end = start;
            while (!lines[end].startsWith("```")) end++;
            String body = String.join("\n", java.util.Arrays.copyOfRange(lines, start, end));
            i = end + 1;
            if (!info.isEmpty() && !info.equals("nn")) continue;
            if (!modeLine(lines, start).isEmpty() && !modeLine(lines, start).startsWith("parse only")
                    && !modeLine(lines, start).startsWith("as ")) throw new IllegalArgumentException("line " + (start - 1) + ": unknown example mode");
            String mode = modeLine(lines, start);
            String output = null;
            if (i < lines.length && lines[i].startsWith("```")) {
                int oStart = i + 1, oEnd = oStart;
                while (!lines[oEnd].startsWith("```")) oEnd++;
                output = String.join("\n", java.util.Arrays.copyOfRange(lines, oStart, oEnd));
                i = oEnd + 1;
            }
            found.add(new Example(start, body, output, mode));
        }
        return found;
    }

    /** The mode an HTML comment on the line before a block's fence gives it, or "". */
    private static String modeLine(String[] lines, int start) {
        String before = start >= 2 ? lines[start - 2].trim() : "";
        return before.startsWith("<!-- example:") && before.endsWith("-->") ? before.substring(13, before.length() - 3).trim() : "";
    }

    /** What went wrong with each example that failed, one paragraph each; empty when all hold. */
    public static List<String> check(Path page, Path folder) throws IOException {
        String markdown = Files.readString(page, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session(Limits.defaults(), List.of(folder), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        String where = page.getFileName().toString();
        for (Example e : examples(markdown)) {
            String at = where + ":" + e.line();
            if (e.mode().startsWith("parse only")) {
                try {
                    Parsers.parse(new SourceFile(at, e.code() + "\n"));
                } catch (RuntimeException ex) {
                    failures.add(at + ": does not parse: " + ex.getMessage());
                }
                continue;
            }
            String name = e.mode().startsWith("as ") ? e.mode().substring(3).trim() : at;
            out.reset();
            err.reset();
            Session.Outcome outcome = session.run(new SourceFile(name, e.code() + "\n"));
            String shown = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            if (shown.endsWith("\n")) shown = shown.substring(0, shown.length() - 1);
            if (e.output() == null) {
                if (outcome != Session.Outcome.OK) failures.add(at + ": the example fails:\n" + shown);
            } else if (!shown.equals(e.output())) {
                failures.add(at + ": the page shows\n" + e.output() + "\nbut nn prints\n" + shown);
            }
        }
        return failures;
    }

    /** Runs the checks on a page (for trying a page by hand): prints the failures. */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("nn-docs-");
        DocExamplesTest.prepare(folder);
        List<String> failures = check(Path.of(args[0]), folder);
        failures.forEach(f -> System.out.println(f + "\n"));
        System.out.println(failures.size() + " failing");
    }
}
