package nn.data;

import nn.i18n.Messages;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import nn.io.LinkFreeFiles;
import nn.tensor.parallel.ComputationInterruptedException;
import java.util.zip.ZipException;

/**
 * An open IDX file (MNIST's format): a big-endian header (magic number, then one count per
 * dimension) followed by unsigned bytes. Gzip is detected by its magic bytes 1f 8b, not by the
 * file name. Read errors become {@link DataException}s that name the file.
 */
final class IdxFile implements AutoCloseable {
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    final String name;
    final int magic;
    final int[] dims;
    private final DataInputStream in;

    private IdxFile(String name, int magic, int[] dims, DataInputStream in) {
        this.name = name;
        this.magic = magic;
        this.dims = dims;
        this.in = in;
    }

    /** Opens {@code file} and reads its header; {@code expectedMagic} tells what it must contain. */
    static IdxFile open(Path file, int expectedMagic) {
        String name = file.getFileName().toString();
        DataInputStream in = null;
        try {
            in = new DataInputStream(decompressed(new BufferedInputStream(LinkFreeFiles.newInputStream(file), 1 << 16)));
            int magic = in.readInt();
            if (magic != expectedMagic) throw wrongMagic(name, magic, expectedMagic);
            int[] dims = new int[magic & 0xFF];
            for (int d = 0; d < dims.length; d++) {
                dims[d] = in.readInt();
                if (dims[d] < 0) throw new DataException(Messages.t("data.idx-negative-dimension", name, d + 1, dims[d]));
            }
            return new IdxFile(name, magic, dims, in);
        } catch (EOFException e) {
            close(in);
            throw new DataException(Messages.t("data.idx-truncated-header", name), e);
        } catch (NoSuchFileException e) {
            throw new DataException(Messages.t("data.no-such-file", name), e);
        } catch (AccessDeniedException e) {
            throw new DataException(Messages.t("data.permission-denied", name), e);
        } catch (ZipException e) {
            close(in);
            throw new DataException(Messages.t("data.idx-bad-gzip", name, nn.i18n.Foreign.orSaid(e.getMessage(), Messages.t("data.gzip-damaged"))), e);
        } catch (java.nio.channels.ClosedByInterruptException e) {
            close(in);
            throw new ComputationInterruptedException();
        } catch (IOException e) {
            close(in);
            throw new DataException(Messages.t("data.cannot-read", name, LinkFreeFiles.reason(e)), e);
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    private static InputStream decompressed(BufferedInputStream raw) throws IOException {
        raw.mark(2);
        int b0 = raw.read(), b1 = raw.read();
        raw.reset();
        return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    private static DataException wrongMagic(String name, int found, int expected) {
        boolean images = expected == IMAGES_MAGIC;
        String message;
        if (found == LABELS_MAGIC) message = Messages.t("data.idx-labels-not-images", name, hex(found), hex(expected));
        else if (found == IMAGES_MAGIC) message = Messages.t("data.idx-images-not-labels", name, hex(found), hex(expected));
        else if (images) message = Messages.t("data.idx-not-images", name, hex(found), hex(expected));
        else message = Messages.t("data.idx-not-labels", name, hex(found), hex(expected));
        return new DataException(message);
    }

    static String hex(int v) { return String.format("0x%08X", v); }

    /** Fills {@code buffer} completely; {@code what} names the item for the truncation message (built only then). */
    void readFully(byte[] buffer, java.util.function.Supplier<String> what) {
        try {
            in.readFully(buffer);
        } catch (EOFException e) {
            throw new DataException(Messages.t("data.idx-truncated", name, what.get()), e);
        } catch (java.nio.channels.ClosedByInterruptException e) {
            throw new ComputationInterruptedException();
        } catch (IOException e) {
            throw new DataException(Messages.t("data.idx-cannot-read-item", name, what.get(), LinkFreeFiles.reason(e)), e);
        }
    }

    @Override public void close() { close(in); }

    private static void close(InputStream in) {
        if (in == null) return;
        try { in.close(); } catch (IOException ignored) { /* reading is done; nothing to recover */ }
    }
}
