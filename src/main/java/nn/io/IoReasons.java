package nn.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import nn.i18n.Messages;

/**
 * Why a file could not be read or written, in nn's words and the language it speaks. The JDK reports a
 * failure as an exception kind ({@link NoSuchFileException}, {@link AccessDeniedException}, …) or, for the
 * rest, with the operating system's own English sentence ("No space left on device", "Is a directory");
 * both become a catalogued reason, which the caller puts in a message that names the file ("cannot write
 * out.png: the disk is full"). Never the exception's message itself: for most kinds that is just the
 * path, and a path the sandbox resolved would show the machine's folders.
 */
public final class IoReasons {
    private IoReasons() {}

    /** The reason for {@code e}, ready to follow "cannot write FILE: ". */
    public static String of(IOException e) {
        if (e instanceof LinkFreeFiles.LinkFound) return Messages.t("io.link-swapped");
        if (e instanceof java.nio.channels.ClosedByInterruptException) return Messages.t("run.interrupted");
        if (e instanceof NoSuchFileException) return Messages.t("io.no-such-file");
        if (e instanceof AccessDeniedException) return Messages.t("io.permission-denied");
        if (e instanceof FileAlreadyExistsException) return Messages.t("io.already-exists");
        if (e instanceof DirectoryNotEmptyException) return Messages.t("io.folder-not-empty");
        if (e instanceof NotDirectoryException) return Messages.t("io.not-a-folder");
        if (e instanceof FileSystemLoopException) return Messages.t("io.link-loop");
        if (e instanceof FileSystemException f && f.getReason() != null) return ofText(f.getReason());
        if (e instanceof FileNotFoundException f && f.getMessage() != null) return ofText(parenthesised(f.getMessage()));
        return e.getMessage() == null ? Messages.t("io.failed") : ofText(e.getMessage());
    }

    /**
     * The reason writing {@code target} failed: as {@link #of}, except that a missing folder on the way is
     * named ("the folder /nonexist/dir does not exist") rather than called a missing file.
     */
    public static String ofWrite(java.nio.file.Path target, IOException e) {
        if (e instanceof NoSuchFileException) {
            java.nio.file.Path parent = target.getParent() != null ? target.getParent() : target.toAbsolutePath().getParent();
            if (parent != null && !java.nio.file.Files.isDirectory(parent)) return Messages.t("io.no-such-folder", parent);
        }
        return of(e);
    }

    /**
     * An I/O failure where nn has always printed the exception's own message (the JDK's English, or nn's
     * words in an IOException of its own): unchanged in an English run; in another language the file the
     * exception names and the catalogued reason ({@link #of}). A plain IOException whose message is not an
     * operating system sentence nn knows is one of nn's own, already in the run's language; any other
     * library sentence becomes "the operation failed" rather than English.
     */
    public static String said(IOException e) {
        if (Messages.lang() == nn.i18n.Lang.EN) return String.valueOf(e.getMessage());
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        if (file != null) return Messages.t("io.file-reason", file, of(e));
        if (e instanceof LinkFreeFiles.LinkFound || e instanceof java.nio.channels.ClosedByInterruptException) return of(e);
        String text = e.getMessage();
        if (text != null && knows(text)) return ofText(text);
        if (e.getClass() == IOException.class && text != null) return text;
        if (e instanceof java.io.EOFException) return Messages.t("io.cut-short");
        // Another library's sentence (a socket's, an image writer's): not quoted in English to a reader of another language.
        return Messages.t("io.failed");
    }

    /** Whether {@code text} is an operating system sentence with a catalogued reason. */
    static boolean knows(String text) {
        return !ofText(text).equals(Messages.t("io.system-said", text.trim()));
    }

    /**
     * The reason for an operating system's sentence (glibc's and macOS's strerror texts, and nn's own
     * reasons); a sentence nn does not know is quoted as the system gave it.
     */
    static String ofText(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "not a file" -> Messages.t("io.not-a-file");
            case "it is a folder", "is a directory" -> Messages.t("io.is-a-folder");
            case "not a regular file" -> Messages.t("io.not-regular");
            case "not an absolute path" -> Messages.t("io.not-absolute");
            case "no such file or directory" -> Messages.t("io.no-such-file");
            case "permission denied", "operation not permitted" -> Messages.t("io.permission-denied");
            case "not a directory" -> Messages.t("io.not-a-folder");
            case "file exists" -> Messages.t("io.already-exists");
            case "directory not empty" -> Messages.t("io.folder-not-empty");
            case "no space left on device" -> Messages.t("io.disk-full");
            case "disk quota exceeded" -> Messages.t("io.quota");
            case "read-only file system" -> Messages.t("io.read-only");
            case "too many levels of symbolic links", "too many symbolic links encountered" -> Messages.t("io.link-loop");
            case "file name too long" -> Messages.t("io.name-too-long");
            case "too many open files", "too many open files in system" -> Messages.t("io.too-many-open");
            case "input/output error" -> Messages.t("io.device-error");
            case "device or resource busy", "resource busy", "text file busy" -> Messages.t("io.busy");
            case "file too large" -> Messages.t("io.too-large");
            case "stale file handle", "stale nfs file handle" -> Messages.t("io.stale");
            case "broken pipe" -> Messages.t("io.broken-pipe");
            case "invalid cross-device link" -> Messages.t("io.cross-device");
            default -> Messages.t("io.system-said", text.trim());
        };
    }

    /** "out.png (Is a directory)" → "Is a directory": java.io's FileNotFoundException puts the reason last. */
    private static String parenthesised(String message) {
        int open = message.lastIndexOf(" (");
        return open >= 0 && message.endsWith(")") ? message.substring(open + 2, message.length() - 1) : message;
    }
}
