package nn.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Protocol Buffers wire format, the few encodings ONNX needs: varints (field type 0) and length-delimited
 * fields (type 2: strings, bytes, nested messages). Fields are written in the order called; readers accept
 * any order. No generated classes and no protobuf runtime in the shipped jar: ONNX's schema is stable and the
 * subset nn writes is small enough to check by eye against onnx.proto.
 */
final class ProtoWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoWriter varint(int field, long value) {
        tag(field, 0);
        raw(value);
        return this;
    }

    ProtoWriter string(int field, String value) { return bytes(field, value.getBytes(StandardCharsets.UTF_8)); }

    ProtoWriter bytes(int field, byte[] value) {
        tag(field, 2);
        raw(value.length);
        out.write(value, 0, value.length);
        return this;
    }

    ProtoWriter message(int field, ProtoWriter message) { return bytes(field, message.toByteArray()); }

    /** A float field (type 5, 32-bit little-endian). */
    ProtoWriter float32(int field, float value) {
        tag(field, 5);
        int bits = Float.floatToIntBits(value);
        for (int k = 0; k < 4; k++) out.write((bits >>> (8 * k)) & 0xff);
        return this;
    }

    byte[] toByteArray() { return out.toByteArray(); }

    private void tag(int field, int wireType) { raw(((long) field << 3) | wireType); }

    private void raw(long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
