package nn.platform;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The browser's files: an in-memory file system that the page fills (the files its user added, the shipped
 * sample data, what earlier runs wrote) and hands to each run (nnRun's option {@code files}, see web/CONTRACT.md).
 * Names are relative, with "/" between folders ("data/mnist/labels.gz"); a folder exists when a file is in it.
 * The sandbox ({@code nn.interp.Sandbox}) applies the same rules to these names as to real ones: it resolves a
 * script's name against {@link #ROOT}, refuses what leads outside, and names the file as the script wrote it.
 * On the JVM nothing installs page files and nothing asks for them: every call is behind {@link Browser#isBrowser}.
 */
public interface PageFiles {
    /** Where the page's files appear to be: a script's relative names start here, as at a script's folder. */
    Path ROOT = Path.of("/page");

    /** True when {@code name} is a file. */
    boolean isFile(String name);

    /** True when {@code name} is a folder (the root, or a prefix of some file's name). */
    boolean isFolder(String name);

    /** The file's bytes (a shipped sample is fetched on first read). */
    byte[] read(String name) throws IOException;

    /** Writes (or replaces) a file; the page lists it with a download link. */
    void write(String name, byte[] bytes) throws IOException;

    /** The files of this run; none until the browser's entry point installs the page's. */
    static PageFiles current() { return Installed.files; }

    /** Installs the page's files for the run that starts (the browser's entry point, once per run). */
    static void install(PageFiles files) { Installed.files = files == null ? None.INSTANCE : files; }

    /** {@code path} (under {@link #ROOT}) as the page's name for it: "" for the root itself. */
    static String nameOf(Path path) {
        String full = path.normalize().toString(), root = ROOT.toString();
        return full.equals(root) ? "" : full.startsWith(root + "/") ? full.substring(root.length() + 1) : full;
    }

    /** Whether the thing at {@code path} is a file: the page's files in the browser, the real file system on the JVM. */
    static boolean isFile(Path path) {
        return Browser.isBrowser() ? current().isFile(nameOf(path)) : java.nio.file.Files.isRegularFile(path);
    }

    /** Whether the thing at {@code path} is a folder, as {@link #isFile(Path)} decides. */
    static boolean isFolder(Path path) {
        return Browser.isBrowser() ? current().isFolder(nameOf(path)) : java.nio.file.Files.isDirectory(path);
    }

    /** Whether anything is at {@code path}, as {@link #isFile(Path)} decides. */
    static boolean exists(Path path) {
        return Browser.isBrowser() ? isFile(path) || isFolder(path) : java.nio.file.Files.exists(path);
    }

    /** A page with no files. */
    enum None implements PageFiles {
        INSTANCE;

        @Override public boolean isFile(String name) { return false; }

        @Override public boolean isFolder(String name) { return name.isEmpty(); }

        @Override public byte[] read(String name) throws IOException { throw new java.nio.file.NoSuchFileException(name); }

        @Override public void write(String name, byte[] bytes) throws IOException {
            throw new java.nio.file.AccessDeniedException(name);
        }
    }

    /** The run's files (a holder, so that the interface has no mutable field of its own). */
    final class Installed {
        private Installed() {}

        private static PageFiles files = None.INSTANCE;
    }
}
