package nn.io;

import nn.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nn.platform.Browser;

/**
 * Opens the file at a real path (absolute, no symbolic links: what {@link Path#toRealPath} returns,
 * after the caller checked it) so that what is opened is what was checked, whatever changes in the
 * meantime. A check by path and an open by path are two lookups, and a link put in place of any
 * folder between them would send the open elsewhere; so every folder from the root down is opened
 * relative to the one before it with no-follow ({@code openat(…, O_NOFOLLOW)} through
 * {@link SecureDirectoryStream}), and a link met at any step is refused with {@link LinkFound}.
 *
 * <p>Writes go to a fresh file in the target's folder, which is then renamed over the target: a
 * rename replaces the folder's entry, so it never writes through a link or a hard link into another
 * file, and a failed write leaves the old file as it was.
 *
 * <p>Where the platform has no secure folder streams (not Linux or macOS), each step is checked by
 * path and the file is opened with no-follow: links are still refused, but a race is not excluded.
 */
public final class LinkFreeFiles {
    private LinkFreeFiles() {}

    /** A symbolic link where the checked path had none: something changed the path since it was checked. */
    public static final class LinkFound extends FileSystemException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        public LinkFound(Path at) { super(at.toString(), null, "a symbolic link took the place of a file or folder since it was checked"); }
    }

    /** What writes a file's bytes. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Why an open or write failed, in words for a message that names the file itself (never the
     * machine's folders, which an exception's own message would show).
     */
    public static String reason(IOException e) { return IoReasons.of(e); }

    /** The browser's build has no file system: every read and write is refused (and none of this class's file code is compiled there). */
    private static IOException noFiles(Path path) {
        return new java.nio.file.AccessDeniedException(path.toString(), null, nn.i18n.Messages.t("io.browser-no-files"));
    }

    private static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);

    /**
     * A stream over the regular file at {@code real}; reads on it stop when the thread is interrupted
     * (Ctrl-C, the run's deadline). Throws {@link LinkFound} for a link anywhere on the path, and
     * {@link FileSystemException} when the file is not a regular file (a pipe would block the run).
     */
    public static InputStream newInputStream(Path path) throws IOException {
        if (Browser.isBrowser()) throw noFiles(path);
        Path real = real(path);
        Path name = real.getFileName();
        if (name == null) throw new FileSystemException(real.toString(), null, "not a file");
        SecureDirectoryStream<Path> folder = folder(real.getParent());
        if (folder == null) {
            fallbackCheck(real);
            return Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
        }
        try (folder) {
            try {
                requireRegular(folder, name, real);
                SeekableByteChannel channel = folder.newByteChannel(name, with(READ, LinkOption.NOFOLLOW_LINKS));
                return Channels.newInputStream(channel);
            } catch (FileSystemException e) {
                throw linkOr(folder, name, real, e);
            }
        }
    }

    /** The attributes of what is at {@code real}, not following a link at any step; null when nothing is there. */
    public static BasicFileAttributes attributes(Path path) throws IOException {
        if (Browser.isBrowser()) throw noFiles(path);
        Path real = real(path);
        Path name = real.getFileName();
        if (name == null) return Files.readAttributes(real, BasicFileAttributes.class);
        SecureDirectoryStream<Path> folder;
        try {
            folder = folder(real.getParent());
        } catch (NoSuchFileException e) {
            return null;
        }
        if (folder == null) {
            fallbackCheck(real.getParent());
            return Files.exists(real, LinkOption.NOFOLLOW_LINKS) ? Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : null;
        }
        try (folder) {
            return folder.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Writes the file at {@code real} (its folder a real path): the bytes go to a new file beside it,
     * which replaces the target by a rename. The target is never opened, so a link or a hard link in
     * its place is replaced, not written through. New files get the usual mode (0666 less the umask).
     */
    public static void write(Path path, Body body) throws IOException {
        if (Browser.isBrowser()) throw noFiles(path);
        Path real = real(path);
        Path name = real.getFileName();
        if (name == null) throw new FileSystemException(real.toString(), null, "not a file");
        SecureDirectoryStream<Path> folder = folder(real.getParent());
        if (folder == null) {
            fallbackCheck(real.getParent());
            try (OutputStream out = Files.newOutputStream(real, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                body.writeTo(out);
            }
            return;
        }
        try (folder) {
            Path partial = Path.of(".nn-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
            boolean moved = false;
            try {
                try (SeekableByteChannel channel = folder.newByteChannel(partial,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
                     OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                    body.writeTo(out);
                }
                folder.move(partial, folder, name);
                moved = true;
            } finally {
                if (!moved) {
                    try { folder.deleteFile(partial); } catch (IOException ignored) { /* it was never made */ }
                }
            }
        }
    }

    /**
     * A relative path comes from a trusted caller (a test, a tool), not from the sandbox, which always
     * gives real paths: its folder's links are resolved here, so that the walk starts from a real path.
     */
    private static Path real(Path path) throws IOException {
        if (path.isAbsolute()) return path;
        Path absolute = path.toAbsolutePath();
        Path parent = absolute.getParent();
        return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
    }

    /**
     * The folder at {@code real}, opened one name at a time from the root, never through a link; null
     * where the platform cannot do that.
     */
    private static SecureDirectoryStream<Path> folder(Path real) throws IOException {
        if (real == null || !real.isAbsolute()) throw new FileSystemException(String.valueOf(real), null, "not an absolute path");
        DirectoryStream<Path> root = Files.newDirectoryStream(real.getRoot());
        if (!(root instanceof SecureDirectoryStream<Path> current)) {
            root.close();
            return null;
        }
        Path walked = real.getRoot();
        try {
            for (Path name : real) {
                walked = walked.resolve(name);
                SecureDirectoryStream<Path> next;
                try {
                    next = current.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
                } catch (FileSystemException e) {
                    throw linkOr(current, name, walked, e);
                }
                current.close();
                current = next;
            }
            return current;
        } catch (IOException | RuntimeException e) {
            current.close();
            throw e;
        }
    }

    private static void requireRegular(SecureDirectoryStream<Path> folder, Path name, Path real) throws IOException {
        BasicFileAttributes a = folder.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
        if (a.isSymbolicLink()) throw new LinkFound(real);
        if (!a.isRegularFile()) throw new FileSystemException(real.toString(), null, a.isDirectory() ? "it is a folder" : "not a regular file");
    }

    /** The failure to open {@code name}: a {@link LinkFound} when a link is what stopped it. */
    private static IOException linkOr(SecureDirectoryStream<Path> folder, Path name, Path real, FileSystemException e) {
        if (e instanceof LinkFound) return e;
        try {
            BasicFileAttributes a = folder.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (a.isSymbolicLink()) return new LinkFound(real);
        } catch (IOException unreadable) {
            // the original failure says more
        }
        return e;
    }

    /** Without secure folder streams: no component may be a link now (a race is not excluded). */
    private static void fallbackCheck(Path real) throws IOException {
        Path walked = real.getRoot();
        for (Path name : real) {
            walked = walked.resolve(name);
            if (Files.isSymbolicLink(walked)) throw new LinkFound(walked);
        }
    }

    private static Set<java.nio.file.OpenOption> with(Set<StandardOpenOption> options, LinkOption extra) {
        java.util.Set<java.nio.file.OpenOption> all = new java.util.HashSet<>(options);
        all.add(extra);
        return all;
    }
}
