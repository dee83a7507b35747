package nn.web.teavm;

/**
 * JavaScript's {@code Math.fround} in plain Java, for {@link FloatRounding}: a value stored in a {@code float[]}
 * (which TeaVM makes a Float32Array) is rounded to the nearest float, ties to even, as Java rounds every float
 * result. On the JVM it changes nothing.
 */
public final class Fround {
    private Fround() {}

    private static final float[] BOX = new float[1];

    public static float of(float x) {
        BOX[0] = x;
        return BOX[0];
    }
}
