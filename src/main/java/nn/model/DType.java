package nn.model;

import java.util.Locale;

/**
 * The number format a network stores and computes in. FLOAT64 is the default everywhere (the
 * lecture's numbers and hand calculations); FLOAT32 is asked for by a program ({@code dtype float32})
 * and roughly doubles the speed of the matrix products, at some 7 significant digits instead of 16. The
 * parameters stay float64 numbers holding float32 values, so it saves no memory.
 */
public enum DType {
    FLOAT64, FLOAT32;

    /** The word the language uses: "float32". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** The dtype named {@code word}, or null when there is none by that name. */
    public static DType parse(String word) {
        for (DType d : values()) if (d.word().equals(word)) return d;
        return null;
    }
}
