package nn.similar;

import nn.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nn similar}: finds submissions that share code. It only lexes and parses the submissions;
 * it never runs one. Exit status: 0 done (pairs or not), 64 usage (bad folder or option), 74 a report
 * that cannot be written.
 */
public final class Similar {
    private Similar() {}

    /**
     * What to compare and where to write.
     * @param folder    the submissions: one {@code .nn} file or sub-folder each
     * @param starters  code handed out with the assignment (files or folders); it does not count
     * @param report    the HTML report to write, or null
     * @param csv       the CSV to write ("-" for standard output), or null
     * @param maxBytes  larger source files are skipped
     */
    public record Options(Path folder, List<Path> starters, Settings settings, Path report, String csv, long maxBytes) {}

    public static int run(Options o, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(o.folder())) {
            err.println("nn similar: " + (Files.exists(o.folder()) ? Messages.t("similar.not-a-folder", o.folder()) : Messages.t("similar.no-such-folder", o.folder())));
            err.println(Messages.t("diagnostic.hint") + ": " + Messages.t("similar.folder-hint"));
            return 64;
        }
        String wrong = null;
        if (o.settings().threshold() < 0 || o.settings().threshold() > 1) wrong = Messages.t("similar.threshold-range", o.settings().threshold());
        else if (o.settings().k() < 2 || o.settings().window() < 1) wrong = Messages.t("similar.k-window");
        else if (o.settings().common() <= 0 || o.settings().common() > 1)
            wrong = Messages.t("similar.common-range", String.valueOf(o.settings().common()));
        if (wrong != null) {
            // A setting out of its range is a usage error: said with the command's usage line, as picocli's are.
            err.println("nn similar: " + wrong);
            err.println(Messages.t("cli.usage-line-command", "nn similar"));
            return 64;
        }
        String unsafe = outputRefused("--report", o.report(), o.folder());
        if (unsafe == null && o.csv() != null && !"-".equals(o.csv())) unsafe = outputRefused("--csv", Path.of(o.csv()), o.folder());
        if (unsafe != null) {
            err.println("nn similar: " + unsafe);
            err.println(Messages.t("diagnostic.hint") + ": " + Messages.t("similar.output-hint"));
            return 64;
        }
        List<String> warnings = new ArrayList<>();
        Submission starter;
        List<Submission> submissions;
        try {
            starter = starter(o, warnings::add);
            if (starter == null && !o.starters().isEmpty()) {
                warnings.forEach(w -> err.println("nn similar: " + w));
                return 64;
            }
            submissions = Submissions.read(o.folder(), o.starters().size() == 1 ? o.starters().get(0) : null,
                    o.maxBytes(), warnings::add);
        } catch (IOException e) {
            err.println("nn similar: " + Messages.t("similar.cannot-read", o.folder(), nn.io.IoReasons.of(e)));
            return 64;
        }
        warnings.forEach(w -> err.println(Messages.t("diagnostic.warning") + ": " + w));
        if (submissions.isEmpty()) {
            err.println("nn similar: " + Messages.t("similar.no-submissions", o.folder()));
            return 0;
        }
        if (submissions.size() == 1) {
            out.println(Messages.t("similar.only-one", submissions.get(0).id()));
            return 0;
        }
        Result result = Comparison.run(submissions, starter, o.settings());
        if ("-".equals(o.csv())) {
            CsvWriter.write(result, out);
        } else {
            TableWriter.write(result, out);
        }
        if (o.csv() != null && !"-".equals(o.csv()) && !write(Path.of(o.csv()), csv(result), err)) return 74;
        if (o.report() != null) {
            if (!write(o.report(), HtmlReport.render(result), err)) return 74;
            if (!"-".equals(o.csv())) out.println(Messages.t("similar.report-written", o.report()));
        }
        return 0;
    }

    /**
     * Why an output file may not be written where it was asked, or null: a .nn file (a student's, or the
     * assignment) or anything inside the folder being compared would be overwritten by a report.
     */
    static String outputRefused(String option, Path file, Path folder) {
        if (file == null) return null;
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".nn"))
            return Messages.t("similar.output-is-nn", option, file);
        Path f = real(file), d = real(folder);
        if (f.startsWith(d)) return Messages.t("similar.output-inside", option, file, folder);
        return null;
    }

    /** The path with its links resolved as far as it exists (a report not yet written has no real path of its own). */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        java.util.Deque<Path> rest = new java.util.ArrayDeque<>();
        while (existing != null && !Files.exists(existing)) {
            rest.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) return abs;
        try {
            Path r = existing.toRealPath();
            while (!rest.isEmpty()) r = r.resolve(rest.pop());
            return r;
        } catch (IOException e) {
            return abs;
        }
    }

    private static Submission starter(Options o, java.util.function.Consumer<String> warn) throws IOException {
        if (o.starters().isEmpty()) return null;
        List<Path> files = new ArrayList<>();
        for (Path s : o.starters()) {
            if (Files.isDirectory(s)) files.addAll(Submissions.sourcesUnder(s, null));
            else if (Files.isRegularFile(s)) files.add(s);
            else {
                warn.accept(Messages.t("similar.starter-missing", s));
                return null;
            }
        }
        return Submissions.of("starter", files, o.maxBytes(), warn);
    }

    private static String csv(Result r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter.write(r, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean write(Path file, String text, PrintStream err) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("nn similar: " + Messages.t("similar.cannot-write", file, nn.io.IoReasons.ofWrite(file, e)));
            return false;
        }
    }
}
