package nn.viz;

import nn.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nn.io.LinkFreeFiles;

/**
 * Writes a plot's file the one way every format shares: never through a symbolic link on any step of
 * its path (the sandbox checked the path; a link swapped in since must not redirect the write; see
 * {@link LinkFreeFiles}), and with the same messages.
 */
final class PlotFiles {
    private PlotFiles() {}

    /** What writes the file's bytes. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path file, Body body) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            LinkFreeFiles.write(file, body::writeTo);
        } catch (NoSuchFileException e) {
            throw new PlotException(Messages.t("viz.write-no-folder", name), e);
        } catch (AccessDeniedException e) {
            throw new PlotException(Messages.t("viz.write-permission", name), e);
        } catch (IOException e) {
            throw new PlotException(Messages.t("viz.write-failed", name, LinkFreeFiles.reason(e)), e);
        }
    }
}
