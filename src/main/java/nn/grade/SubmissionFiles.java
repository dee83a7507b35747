package nn.grade;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the file to grade in a submission (a folder or one .nn file) and copies what the submission may
 * read into a fresh folder of its own, so nothing it does reaches the original, another student or the
 * assignment. Anything unusable is a {@link Refused} with the student-facing reason.
 */
final class SubmissionFiles {
    /** The most a submission's .nn file may hold. */
    static final long MAX_SOURCE_BYTES = 1L << 20;
    /** The most all of a submission's files together may hold (datasets included). */
    static final long MAX_FOLDER_BYTES = 64L << 20;

    static final class Refused extends Exception {
        @java.io.Serial private static final long serialVersionUID = 1L;
        Refused(String message) { super(message, null, false, false); }
    }

    private SubmissionFiles() {}

    /** The .nn file to grade: the assignment's named file, else the only .nn file at the folder's top. */
    static Path choose(Path submission, String expected) throws Refused, IOException {
        if (Files.isRegularFile(submission, LinkOption.NOFOLLOW_LINKS)) return submission;
        if (Files.isSymbolicLink(submission)) throw new Refused(Messages.t("grade.files.submission-is-link"));
        if (!Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS))
            throw new Refused(Messages.t("grade.files.not-file-or-folder"));
        if (expected != null) {
            Path p = submission.resolve(expected);
            if (Files.isSymbolicLink(p)) throw new Refused(Messages.t("grade.files.file-is-link", expected));
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                throw new Refused(Messages.t("grade.files.missing-expected", expected));
            return p;
        }
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> s = Files.list(submission)) {
            s.filter(p -> p.getFileName().toString().endsWith(".nn") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted().forEach(candidates::add);
        }
        if (candidates.isEmpty()) throw new Refused(Messages.t("grade.files.no-nn"));
        if (candidates.size() > 1)
            throw new Refused(Messages.t("grade.files.several-nn", String.join(", ", candidates.stream()
                    .map(p -> p.getFileName().toString()).toList())));
        return candidates.get(0);
    }

    /**
     * Copies the submission into {@code into}: a single file alone, a folder's regular files (links are
     * skipped: they could point anywhere). Returns the chosen file's path relative to {@code into}.
     */
    static String copy(Path submission, Path chosen, Path into) throws Refused, IOException {
        if (Files.size(chosen) > MAX_SOURCE_BYTES)
            throw new Refused(Messages.t("grade.files.too-large", chosen.getFileName().toString(), size(Files.size(chosen))));
        if (Files.isRegularFile(submission, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(submission, into.resolve(submission.getFileName()));
            return submission.getFileName().toString();
        }
        long[] total = {0};
        try (Stream<Path> walk = Files.walk(submission)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(p) || hiddenEntry(submission, p)) continue;
                Path target = into.resolve(submission.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    total[0] += Files.size(p);
                    if (total[0] > MAX_FOLDER_BYTES) throw new Refused(Messages.t("grade.files.folder-too-large"));
                    Files.copy(p, target);
                }
            }
        }
        return submission.relativize(chosen).toString();
    }

    /**
     * A size over the limit as the refusal says it: megabytes to one decimal ("1.9 MB"), or bytes when that
     * would read as the limit itself ("1048577 bytes", never "1.0 MB" nor, rounded down, "1 MB").
     */
    static String size(long bytes) {
        double tenths = Math.round(bytes * 10.0 / (1 << 20)) / 10.0;
        return tenths > 1.0 ? String.format(java.util.Locale.ROOT, "%.1f MB", tenths) : bytes + " bytes";
    }

    /** .git, .github and other dot-entries are not the student's work (and may hold the assignment). */
    private static boolean hiddenEntry(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** SHA-256 over the submission's file names and contents, to tell whether it changed since its last grading. */
    static String hash(Path submission) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        // A link is never followed: it could name /dev/zero or a folder outside the class (choose refuses it).
        if (Files.isRegularFile(submission, LinkOption.NOFOLLOW_LINKS)) {
            all.write(Files.readAllBytes(submission));
        } else if (Files.isDirectory(submission, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(submission)) {
                for (Path p : walk.sorted().toList()) {
                    if (hiddenEntry(submission, p)) continue;
                    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.size(p) > MAX_FOLDER_BYTES) continue;
                    all.write(submission.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    all.write(0);
                    all.write(Files.readAllBytes(p));
                }
            }
        }
        return Assignment.sha256(all.toByteArray());
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless; the grading result stands
        }
    }
}
