package nn.web.teavm;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import org.teavm.backend.javascript.rendering.Precedence;

/**
 * A fix, made while TeaVM 0.16 builds nn.js, for how TeaVM writes arithmetic as JavaScript. Its renderer
 * ({@code StatementRenderer.visitBinary}) drops the parentheses around the right operand of {@code +} and
 * {@code *} when that operand is itself a {@code +}, {@code -}, {@code *} or {@code /}: Java's
 * {@code a + (b + c)} becomes {@code a+b+c}, which JavaScript computes as {@code (a + b) + c}, and
 * {@code x * (y / z)} becomes {@code x*y/z}. That is harmless for integers (TeaVM wraps each int sum in
 * {@code |0}, and int products are {@code Math.imul} calls) but not for doubles, whose sums and products
 * round at every step: nn's expm1 in the browser differed from the JVM's in one argument in a thousand,
 * and the training of samples/depth.nn drifted apart from its first epoch.
 *
 * <p>The fix changes two entries of the jump table that chooses, for the right operand, between "the same
 * precedence suffices" and "the next one up is needed": {@code +} and {@code *} now take the branch
 * {@code -} and {@code /} take, so such an operand keeps its parentheses. It is applied to the bytes of
 * TeaVM's own class before TeaVM loads it, in TeaVM's class loader; the JavaScript is otherwise unchanged
 * (a few more parentheses in int sums, where they change nothing). The bytes are checked to be those of
 * TeaVM 0.16.0: with any other version the build stops and says so, rather than ship a browser build that
 * rounds differently.
 */
final class RendererGrouping {
    private RendererGrouping() {}

    static final String CLASS = "org.teavm.backend.javascript.rendering.StatementRenderer";
    /** Set once the patched class is defined (the Maven plugin may build twice in one JVM). */
    private static final String DONE = "nn.teavm.renderer-grouping";

    /**
     * The right operand's tableswitch in {@code visitBinary(BinaryOperation, String, Runnable, Runnable)}: default
     * offset, low, high, then the offsets of ADD, SUBTRACT, MULTIPLY, DIVIDE, AND, OR, BITWISE_AND, BITWISE_OR,
     * BITWISE_XOR; 49 is "the same precedence", 58 "the next".
     */
    private static final int[] ORIGINAL = {58, 1, 9, 49, 58, 49, 58, 49, 49, 49, 49, 49};
    private static final int[] FIXED = {58, 1, 9, 58, 58, 58, 58, 49, 49, 49, 49, 49};

    /** Defines the fixed renderer in TeaVM's class loader; throws when that cannot be done. */
    static synchronized void install() {
        if (Boolean.getBoolean(DONE)) return;
        byte[] bytes = read();
        int at = find(bytes, table(ORIGINAL));
        if (at < 0 || find(bytes, table(ORIGINAL), at + 1) >= 0)
            throw new IllegalStateException("nn's build plugin cannot fix " + CLASS + ": its bytes are not TeaVM 0.16.0's");
        byte[] fixed = table(FIXED);
        System.arraycopy(fixed, 0, bytes, at, fixed.length);
        try {
            MethodHandles.privateLookupIn(Precedence.class, MethodHandles.lookup()).defineClass(bytes);
        } catch (IllegalAccessException | LinkageError e) {
            throw new IllegalStateException("nn's build plugin cannot fix " + CLASS + " (already loaded?): " + e, e);
        }
        System.setProperty(DONE, "true");
    }

    private static byte[] read() {
        String resource = CLASS.replace('.', '/') + ".class";
        try (InputStream in = Precedence.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("nn's build plugin cannot find " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("nn's build plugin cannot read " + resource + ": " + e, e);
        }
    }

    private static byte[] table(int[] entries) {
        ByteBuffer b = ByteBuffer.allocate(4 * entries.length);
        for (int e : entries) b.putInt(e);
        return b.array();
    }

    static int find(byte[] haystack, byte[] needle) { return find(haystack, needle, 0); }

    private static int find(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
