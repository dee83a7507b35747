package nn.similar;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;

/**
 * Reads a class's submissions from a folder: each {@code .nn} file directly inside is one submission,
 * and so is each sub-folder (all its {@code .nn} files, at any depth, in path order). Hidden entries
 * are skipped. A file that cannot be used (too large, not UTF-8, unreadable, empty) is reported
 * through {@code warn} and left out; the rest are still compared.
 */
final class Submissions {
    private Submissions() {}

    static List<Submission> read(Path folder, Path exclude, long maxBytes, Consumer<String> warn) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        // each entry is read and parsed on its own (in parallel); results and warnings keep the folder's order
        List<Loaded> loaded = entries.parallelStream().map(entry -> entry(entry, exclude, maxBytes)).toList();
        List<Submission> out = new ArrayList<>();
        for (Loaded l : loaded) {
            l.warnings().forEach(warn);
            if (l.submission() != null) out.add(l.submission());
        }
        return out;
    }

    private record Loaded(Submission submission, List<String> warnings) {}

    private static Loaded entry(Path entry, Path exclude, long maxBytes) {
        List<String> warnings = new ArrayList<>();
        List<Submission> out = new ArrayList<>();
        try {
            if (exclude != null && Files.exists(entry) && Files.isSameFile(entry, exclude)) return new Loaded(null, warnings);
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                List<Path> files = sourcesUnder(entry, exclude);
                if (files.isEmpty()) warnings.add(Messages.t("similar.skip-no-nn", display(entry)));
                else add(out, name, entry, files, maxBytes, warnings::add);
            } else if (name.endsWith(".nn")) {
                add(out, name.substring(0, name.length() - 3), null, List.of(entry), maxBytes, warnings::add);
            }
        } catch (IOException e) {
            warnings.add(Messages.t("similar.skip-unreadable", entry.getFileName(), nn.io.IoReasons.of(e)));
        }
        return new Loaded(out.isEmpty() ? null : out.get(0), warnings);
    }

    /** Reads files (a starter, say) as one pseudo-submission; problems are reported like a student's. */
    static Submission of(String id, List<Path> files, long maxBytes, Consumer<String> warn) {
        List<SourceFile> sources = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Path f : files) {
            SourceFile src = load(f, f.toString(), maxBytes, warn);
            if (src == null) continue;
            Tokenize.Result r = Tokenize.file(src, sources.size());
            if (r.note() != null) warn.accept(r.note());
            sources.add(src);
            tokens.addAll(r.tokens());
        }
        return new Submission(id, sources, tokens);
    }

    static List<Path> sourcesUnder(Path folder, Path exclude) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".nn") && Files.isRegularFile(p))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> exclude == null || !p.toAbsolutePath().normalize().equals(exclude.toAbsolutePath().normalize()))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** {@code folder} is null for a submission that is a single file. */
    private static void add(List<Submission> out, String id, Path folder, List<Path> files, long maxBytes, Consumer<String> warn) {
        List<SourceFile> sources = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Path f : files) {
            String shown = folder == null ? f.getFileName().toString()
                    : id + "/" + folder.relativize(f).toString().replace('\\', '/');
            SourceFile src = load(f, shown, maxBytes, warn);
            if (src == null) continue;
            Tokenize.Result r = Tokenize.file(src, sources.size());
            if (r.note() != null) warn.accept(r.note());
            if (r.tokens().isEmpty()) {
                warn.accept(Messages.t("similar.skip-empty", shown));
                continue;
            }
            sources.add(src);
            tokens.addAll(r.tokens());
        }
        if (!sources.isEmpty()) out.add(new Submission(id, sources, tokens));
    }

    private static SourceFile load(Path file, String shown, long maxBytes, Consumer<String> warn) {
        try {
            // A device or a pipe (a link to /dev/zero, say) has no size to trust and may never end.
            if (!Files.isRegularFile(file)) {
                warn.accept(Messages.t("similar.skip-not-regular", shown));
                return null;
            }
            long size = Files.size(file);
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                // At most one byte past the limit, whatever the size said (a file may grow while it is read).
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            }
            if (size > maxBytes || bytes.length > maxBytes) {
                warn.accept(Messages.t("similar.skip-large", shown, Sizes.human(Math.max(size, bytes.length)), Sizes.human(maxBytes)));
                return null;
            }
            return SourceFile.decode(shown, bytes);
        } catch (Diagnostic.Failure f) {
            String message = f.diagnostics().get(0).message();
            warn.accept(Messages.t("similar.skip-not-utf8", message.replace(": error: ", ": ")));
            return null;
        } catch (IOException e) {
            warn.accept(Messages.t("similar.skip-unreadable", shown, nn.io.IoReasons.of(e)));
            return null;
        }
    }

    private static String display(Path p) { return p.getFileName().toString(); }
}
