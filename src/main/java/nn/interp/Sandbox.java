package nn.interp;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nn.lang.source.Visible;
import nn.platform.Browser;
import nn.platform.PageFiles;

/**
 * The only way scripts reach files: reading data and writing outputs inside allowed folders (the
 * script's folder, or those named with --allow-dir). A script with no folder (read from standard
 * input or a device) may use none unless --allow-dir names one.
 *
 * <p>Reads: the name is resolved against the first folder, every symbolic link is followed
 * ({@link Path#toRealPath}), and the real path is what is checked and what is returned, so the caller
 * opens a path with no links in it, through {@link nn.io.LinkFreeFiles}, which opens it one folder at
 * a time with no-follow: a link put in place of any component afterwards is refused. Files a loader
 * finds inside a checked folder go through {@link #check} the same way. Writes (also through
 * {@link nn.io.LinkFreeFiles}) never follow a link, never replace a {@code .nn} file (a script), and
 * say when they replace an earlier output.
 *
 * <p>Messages name files as the script wrote them, never by the machine's absolute folders.
 */
public final class Sandbox {
    private List<Path> roots;
    /** While the REPL runs a :load'ed script: its folder, where relative names start (null otherwise). */
    private Path loading;
    private Consumer<String> notices = message -> { };
    /** Files this run has already been given for writing: replacing one of them again is no news (a plot redrawn in a loop). */
    private final java.util.Set<Path> givenForWriting = new java.util.HashSet<>();
    /** A graded submission's sandbox: its only folder is fixed, so no hint offers --allow-dir. */
    private boolean graded;
    /** While a graded assignment's own statements run: they read the instructor's files and write none. */
    private boolean readOnly;

    public Sandbox(List<Path> roots) {
        // The browser's root (PageFiles.ROOT) is a name, not a folder: there is nothing to resolve.
        this.roots = Browser.isBrowser() ? List.copyOf(roots) : roots.stream().map(p -> {
            try { return p.toRealPath(); } catch (IOException e) { return p.toAbsolutePath().normalize(); }
        }).toList();
    }

    /** Marks the sandbox as a graded submission's (its hints then name no flag); returns it. */
    public Sandbox forGrading() {
        graded = true;
        return this;
    }

    /** Where "replaced out.png" notes go (the run's warnings). */
    public void onNotice(Consumer<String> notices) { this.notices = notices; }

    /** The folder relative names start from; null for a script with no folder. */
    public Path base() { return loading != null ? loading : roots.isEmpty() ? null : roots.get(0); }

    /**
     * At the REPL its user owns their files: {@code :load} of a script in another folder allows that
     * folder for the rest of the session. True when it was not allowed before (the REPL says so once).
     * Scripts and graded submissions never call this.
     */
    public boolean allow(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = folder.toAbsolutePath().normalize();
        }
        for (Path root : roots) if (real.startsWith(root)) return false;
        List<Path> more = new java.util.ArrayList<>(roots);
        more.add(real);
        roots = List.copyOf(more);
        return true;
    }

    /** Runs {@code body} with relative names starting at {@code folder}: the paths inside a :load'ed script, as in a run of it. */
    public void whileLoading(Path folder, Runnable body) {
        Path before = loading;
        loading = folder;
        try {
            body.run();
        } finally {
            loading = before;
        }
    }

    /**
     * Runs {@code body} with {@code folder} as the only folder, for reading only: a graded assignment's own
     * statements, whose files are the instructor's and lie beside the assignment, not in the submission.
     */
    public void whileReadingOnlyFrom(Path folder, Runnable body) {
        List<Path> rootsBefore = roots;
        Path loadingBefore = loading;
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = folder.toAbsolutePath().normalize();
        }
        roots = List.of(real);
        loading = real;
        readOnly = true;
        try {
            body.run();
        } finally {
            roots = rootsBefore;
            loading = loadingBefore;
            readOnly = false;
        }
    }

    /** An existing file or folder to read, as its real path (no links left in it), inside the allowed folders. */
    public Path forReading(String name) {
        Path p = resolve(name);
        if (Browser.isBrowser()) return pageFileForReading(p, name);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            if (roots.stream().noneMatch(p::startsWith)) requireInside(p, name);
            throw new RuntimeError(Messages.t("interp.file.not-found", Visible.name(name)), Messages.t("interp.file.relative-hint"));
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new RuntimeError(Messages.t("interp.file.not-found", Visible.name(name)),
                    Messages.t("interp.file.dangling-link-hint"));
        }
        requireInside(real, name);
        // A pipe or device would block the run on open, past every budget: only files and folders are read.
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS))
            throw new RuntimeError(Messages.t("interp.file.read-not-regular", Visible.name(name)), Messages.t("interp.file.read-not-regular-hint"));
        return real;
    }

    /**
     * A file a loader found by itself inside a folder it was given (MNIST's label file beside its
     * images): checked like a name the script wrote, returned as its real path.
     */
    public Path check(Path found) {
        String name = found.getFileName() == null ? found.toString() : found.getFileName().toString();
        if (Browser.isBrowser()) {
            requireInside(found.normalize(), name);
            if (!PageFiles.isFile(found))
                throw new RuntimeError(Messages.t("interp.file.not-found", Visible.name(name)), Messages.t("interp.browser.add-file-hint"));
            return found.normalize();
        }
        Path real;
        try {
            real = found.toRealPath();
        } catch (IOException e) {
            throw new RuntimeError(Messages.t("interp.file.read-dangling-link", Visible.name(name)));
        }
        requireInside(real, name);
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS))
            throw new RuntimeError(Messages.t("interp.file.read-not-regular", Visible.name(name)), Messages.t("interp.file.read-not-regular-hint"));
        return real;
    }

    /**
     * A file to write: its folder (links followed) must be allowed, and the file itself must not be a
     * link, a folder, a device or a script, and its name has no control characters. Writers write it
     * with {@link nn.io.LinkFreeFiles#write} (a new file renamed over it, never through a link).
     */
    public Path forWriting(String name) {
        if (readOnly) throw new RuntimeError(Messages.t("interp.file.assignment-writes", Visible.name(name)), Messages.t("interp.file.assignment-writes-hint"));
        Path p = resolve(name);
        String shown = Visible.name(name);
        if (p.getFileName() == null) throw new RuntimeError(Messages.t("interp.file.write-folder", shown));
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F))
            throw new RuntimeError(Messages.t("interp.file.write-control", shown),
                    Messages.t("interp.file.write-control-hint"));
        if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nn"))
            throw new RuntimeError(Messages.t("interp.file.write-script", shown),
                    Messages.t("interp.file.write-script-hint"));
        if (Browser.isBrowser()) return pageFileForWriting(p, name);
        if (Files.isSymbolicLink(p))
            throw new RuntimeError(Messages.t("interp.file.write-link", shown),
                    Messages.t("interp.file.write-link-hint"));
        Path parent = p.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            if (roots.stream().noneMatch(p::startsWith)) requireInside(p, name);
            throw new RuntimeError(Messages.t("interp.file.write-no-folder", shown));
        }
        Path realParent;
        try {
            realParent = parent.toRealPath();
        } catch (IOException e) {
            throw new RuntimeError(Messages.t("interp.file.write-folder-unreachable", shown));
        }
        Path target = realParent.resolve(p.getFileName());
        requireInside(target, name);
        if (Files.isSymbolicLink(target))
            throw new RuntimeError(Messages.t("interp.file.write-link", shown));
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))
                throw new RuntimeError(Messages.t("interp.file.write-not-regular", shown));
            if (!givenForWriting.contains(target)) notices.accept(Messages.t("interp.file.replacing", shown));
        }
        givenForWriting.add(target);
        return target;
    }

    /**
     * Where the REPL's {@code :save} may write the session as a script: a {@code .nn} name, checked as
     * {@link #forWriting} checks (allowed folder, no link, an ordinary file), except that it is a script;
     * an existing file is refused unless {@code replaceable} says this session wrote it.
     */
    public Path forSavingSession(String name, java.util.function.Predicate<Path> replaceable) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".nn"))
            throw new RuntimeError(Messages.t("interp.file.save-not-nn", Visible.text(name)), Messages.t("interp.file.save-not-nn-hint"));
        Path p = resolve(name);
        String shown = Visible.text(name);
        if (Files.isSymbolicLink(p))
            throw new RuntimeError(Messages.t("interp.file.write-link", shown));
        Path parent = p.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            if (roots.stream().noneMatch(p::startsWith)) requireInside(p, name);
            throw new RuntimeError(Messages.t("interp.file.write-no-folder", shown));
        }
        Path target;
        try {
            target = parent.toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            throw new RuntimeError(Messages.t("interp.file.write-folder-unreachable", shown));
        }
        requireInside(target, name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target))
                throw new RuntimeError(Messages.t("interp.file.write-not-regular", shown));
            if (!replaceable.test(target))
                throw new RuntimeError(Messages.t("interp.file.save-exists", shown),
                        Messages.t("interp.file.save-exists-hint"));
            notices.accept(Messages.t("interp.file.save-replacing", shown));
        }
        return target;
    }

    /**
     * The browser's side of {@link #forReading}: the same rules over the page's files (there are no links, and
     * nothing but files and folders): inside the root, or the same "outside" message; there, or "file not found"
     * with a hint to add the file with the page's button.
     */
    private Path pageFileForReading(Path p, String name) {
        requireInside(p, name);
        if (!PageFiles.isFile(p) && !PageFiles.isFolder(p))
            throw new RuntimeError(Messages.t("interp.file.not-found", Visible.name(name)), Messages.t("interp.browser.add-file-hint"));
        return p;
    }

    /** The browser's side of {@link #forWriting}, after the checks of the name: its folder exists, it is no folder. */
    private Path pageFileForWriting(Path p, String name) {
        String shown = Visible.name(name);
        requireInside(p, name);
        if (!PageFiles.isFolder(p.getParent())) throw new RuntimeError(Messages.t("interp.file.write-no-folder", shown));
        if (PageFiles.isFolder(p)) throw new RuntimeError(Messages.t("interp.file.write-not-regular", shown));
        if (PageFiles.isFile(p) && !givenForWriting.contains(p)) notices.accept(Messages.t("interp.file.replacing", shown));
        givenForWriting.add(p);
        return p;
    }

    private Path resolve(String name) {
        if (roots.isEmpty())
            throw new RuntimeError(Messages.t("interp.file.no-folder", Visible.name(name)),
                    Messages.t("interp.file.no-folder-hint"));
        if (name.isEmpty()) throw new RuntimeError(Messages.t("interp.file.empty-name"), Messages.t("interp.file.empty-name-hint"));
        try {
            return base().resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new RuntimeError(Messages.t("interp.file.invalid-name", Visible.name(name)),
                    name.indexOf('\0') >= 0 ? Messages.t("interp.file.invalid-name-nul-hint") : null);
        }
    }

    private void requireInside(Path real, String name) {
        for (Path root : roots) if (real.startsWith(root)) return;
        throw new RuntimeError(Messages.t("interp.file.outside", Visible.name(name)),
                graded ? Messages.t("interp.file.outside-hint-graded") : Messages.t("interp.file.outside-hint"));
    }
}
