package nn.grade;

import nn.i18n.Messages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Marks entries of a finished zip as Unix files with mode 755, so scripts unpack executable (Gradescope
 * runs run_autograder as a program). java.util.zip cannot set these attributes, so the central directory
 * is patched in place: each entry's "version made by" says Unix, its external attributes carry the mode.
 */
final class ZipModes {
    private ZipModes() {}

    private static final int END_SIGNATURE = 0x06054b50, ENTRY_SIGNATURE = 0x02014b50;

    static byte[] executable(byte[] zip, Set<String> names) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;  // the end record, written without a comment
        if (end < 0 || b.getInt(end) != END_SIGNATURE) throw new IllegalStateException(Messages.t("internal.zip-comment"));
        int entries = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        for (int i = 0; i < entries; i++) {
            if (b.getInt(at) != ENTRY_SIGNATURE) throw new IllegalStateException(Messages.t("internal.zip-directory"));
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int mode = names.contains(name) ? 0100755 : 0100644;
            b.put(at + 5, (byte) 3);              // made by: Unix
            b.putInt(at + 38, mode << 16);        // external attributes: the Unix mode in the high half
            at += 46 + nameLength + extraLength + commentLength;
        }
        return zip;
    }
}
