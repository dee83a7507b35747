package nn.interp;

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

    public Sandbox(List<Path> roots) {
        this.roots = roots.stream().map(p -> {
            try { return p.toRealPath(); } catch (IOException e) { return p.toAbsolutePath().normalize(); }
        }).toList();
    }

    /** The browser's playground runs a script from the page: there is no folder to read or write. */
    private static RuntimeError noFiles(String verb, String name) {
        return new RuntimeError("cannot " + verb + " " + Visible.name(name) + ": the browser playground has no files",
                "run the script with ./nn on your computer to " + verb + " files");
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

    /** An existing file or folder to read, as its real path (no links left in it), inside the allowed folders. */
    public Path forReading(String name) {
        if (Browser.isBrowser()) throw noFiles("read", name);
        Path p = resolve(name);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            if (roots.stream().noneMatch(p::startsWith)) requireInside(p, name);
            throw new RuntimeError("file not found: " + Visible.name(name), "relative paths start at the script's folder");
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new RuntimeError("file not found: " + Visible.name(name),
                    "it is a symbolic link to a file that does not exist");
        }
        requireInside(real, name);
        // A pipe or device would block the run on open, past every budget: only files and folders are read.
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS))
            throw new RuntimeError("cannot read " + Visible.name(name) + ": it is not a regular file", "datasets are read from ordinary files");
        return real;
    }

    /**
     * A file a loader found by itself inside a folder it was given (MNIST's label file beside its
     * images): checked like a name the script wrote, returned as its real path.
     */
    public Path check(Path found) {
        if (Browser.isBrowser()) throw noFiles("read", String.valueOf(found.getFileName()));
        String name = found.getFileName() == null ? found.toString() : found.getFileName().toString();
        Path real;
        try {
            real = found.toRealPath();
        } catch (IOException e) {
            throw new RuntimeError("cannot read " + Visible.name(name) + ": it is a symbolic link to a file that does not exist");
        }
        requireInside(real, name);
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS))
            throw new RuntimeError("cannot read " + Visible.name(name) + ": it is not a regular file", "datasets are read from ordinary files");
        return real;
    }

    /**
     * A file to write: its folder (links followed) must be allowed, and the file itself must not be a
     * link, a folder, a device or a script, and its name has no control characters. Writers write it
     * with {@link nn.io.LinkFreeFiles#write} (a new file renamed over it, never through a link).
     */
    public Path forWriting(String name) {
        if (Browser.isBrowser()) throw noFiles("write", name);
        Path p = resolve(name);
        String shown = Visible.name(name);
        if (p.getFileName() == null) throw new RuntimeError("cannot write " + shown + ": it names a folder, not a file");
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F))
            throw new RuntimeError("cannot write " + shown + ": file names nn writes cannot contain control characters",
                    "a line break or escape in a file name would make listings and messages lie");
        if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nn"))
            throw new RuntimeError("access refused: " + shown + " is a script (.nn); nn never writes scripts",
                    "write outputs as .json, .png, .dot or .svg");
        if (Files.isSymbolicLink(p))
            throw new RuntimeError("access refused: " + shown + " is a symbolic link; nn writes only ordinary files",
                    "writing through a link could change a file outside the folders this script may use");
        Path parent = p.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            if (roots.stream().noneMatch(p::startsWith)) requireInside(p, name);
            throw new RuntimeError("cannot write " + shown + ": its folder does not exist");
        }
        Path realParent;
        try {
            realParent = parent.toRealPath();
        } catch (IOException e) {
            throw new RuntimeError("cannot write " + shown + ": its folder cannot be reached");
        }
        Path target = realParent.resolve(p.getFileName());
        requireInside(target, name);
        if (Files.isSymbolicLink(target))
            throw new RuntimeError("access refused: " + shown + " is a symbolic link; nn writes only ordinary files");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))
                throw new RuntimeError("cannot write " + shown + ": it is not a regular file");
            notices.accept("replacing " + shown + ", which already exists");
        }
        return target;
    }

    /**
     * Where the REPL's {@code :save} may write the session as a script: a {@code .nn} name, checked as
     * {@link #forWriting} checks (allowed folder, no link, an ordinary file), except that it is a script;
     * an existing file is refused unless {@code replaceable} says this session wrote it.
     */
    public Path forSavingSession(String name, java.util.function.Predicate<Path> replaceable) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".nn"))
            throw new RuntimeError("a session is saved as a script: name a .nn file, got " + Visible.text(name), "like :save session.nn");
        Path p = resolve(name);
        String shown = Visible.text(name);
        if (Files.isSymbolicLink(p))
            throw new RuntimeError("access refused: " + shown + " is a symbolic link; nn writes only ordinary files");
        Path parent = p.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            if (roots.stream().noneMatch(p::startsWith)) requireInside(p, name);
            throw new RuntimeError("cannot write " + shown + ": its folder does not exist");
        }
        Path target;
        try {
            target = parent.toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            throw new RuntimeError("cannot write " + shown + ": its folder cannot be reached");
        }
        requireInside(target, name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target))
                throw new RuntimeError("cannot write " + shown + ": it is not a regular file");
            if (!replaceable.test(target))
                throw new RuntimeError(shown + " already exists; :save never replaces a script it did not write in this session",
                        "choose another name");
            notices.accept("replacing " + shown + ", saved earlier in this session");
        }
        return target;
    }

    private Path resolve(String name) {
        if (roots.isEmpty())
            throw new RuntimeError("access refused: " + Visible.name(name) + ": this script has no folder (it was read from standard input or a device)",
                    "name a folder it may use with --allow-dir DIR");
        if (name.isEmpty()) throw new RuntimeError("the file name is empty", "write the name of a file, like \"data.csv\"");
        try {
            return base().resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new RuntimeError("\"" + Visible.name(name) + "\" is not a valid file name",
                    name.indexOf('\0') >= 0 ? "file names cannot contain the character \\0" : null);
        }
    }

    private void requireInside(Path real, String name) {
        for (Path root : roots) if (real.startsWith(root)) return;
        throw new RuntimeError("access refused: " + Visible.name(name) + " is outside the folders this script may use",
                "scripts read and write files inside their own folder; allow another folder with --allow-dir DIR");
    }
}
