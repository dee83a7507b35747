package nn.lang.syntax;

import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNDeserializer;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.ATNType;

/**
 * Builds the lexer's and the parser's state machines (ATNs) from the tables ANTLR generated, for their class
 * initialisers (the build points the generated {@code NNLexer} and {@code NNParser} here: see pom.xml).
 *
 * <p>It is ANTLR's own deserialiser, given each character set's ranges from the highest down instead of from
 * the lowest up. The lexer's identifier rule ({@code [\p{L}_] [\p{L}\p{N}_]*}) makes two sets of about 650
 * and 800 Unicode ranges; ANTLR's {@code IntervalSet.add} walks its list from the start to find where a range
 * goes, so ranges in rising order cost a walk of the whole list each (quadratic: 18 ms of a start's CPU with
 * the JIT, which then spends more compiling that loop; 240 ms interpreted), while falling ones each go first
 * (5 ms). A set's ranges are disjoint and not adjacent, so the set built is the same in either order
 * (AtnTablesTest compares every set and transition with the stock deserialiser's).
 */
public final class AtnTables {
    private AtnTables() {}

    /** The ATN of a generated recognizer's {@code _serializedATN}. */
    public static ATN deserialize(String serialized) {
        int[] data = ATNDeserializer.decodeIntsEncodedAs16BitWords(serialized.toCharArray());
        setsFalling(data);
        return new ATNDeserializer().deserialize(data);
    }

    /**
     * Reverses the order of each set's ranges in serialised ATN {@code data}, in place. The walk follows
     * ANTLR's format (version {@link ATNDeserializer#SERIALIZED_VERSION}, read as
     * {@code ATNDeserializer.deserialize(int[])} reads it, up to its sets); data of another version, or
     * that does not fit the walk, is left as it is, for ANTLR's deserialiser to read (or reject) unchanged.
     */
    static void setsFalling(int[] data) {
        if (data.length < 4 || data[0] != ATNDeserializer.SERIALIZED_VERSION) return;
        try {
            int p = 1;
            boolean lexer = data[p++] == ATNType.LEXER.ordinal();
            p++;  // the largest token type
            int states = data[p++];
            for (int i = 0; i < states; i++) {
                int type = data[p++];
                if (type == ATNState.INVALID_TYPE) continue;
                p++;  // the rule
                if (type == ATNState.LOOP_END || type == ATNState.BLOCK_START || type == ATNState.PLUS_BLOCK_START
                        || type == ATNState.STAR_BLOCK_START) p++;  // the loop-back or end state
            }
            p += data[p] + 1;  // the non-greedy states
            p += data[p] + 1;  // the precedence states
            int rules = data[p++];
            p += lexer ? 2 * rules : rules;  // each rule's start state (and token type in a lexer)
            p += data[p] + 1;  // the modes' start states
            int sets = data[p++];
            int[] ends = new int[sets];  // checked whole before anything moves
            for (int i = 0, q = p; i < sets; i++) {
                int ranges = data[q];
                if (ranges < 0) return;
                q += 2 + 2 * ranges;
                if (q > data.length) return;
                ends[i] = q;
            }
            for (int i = 0; i < sets; i++) {
                int ranges = data[p];
                int first = p + 2;  // after the count and the contains-EOF flag
                for (int lo = 0, hi = ranges - 1; lo < hi; lo++, hi--) {
                    int a = first + 2 * lo, b = first + 2 * hi;
                    int from = data[a], to = data[a + 1];
                    data[a] = data[b];
                    data[a + 1] = data[b + 1];
                    data[b] = from;
                    data[b + 1] = to;
                }
                p = ends[i];
            }
        } catch (ArrayIndexOutOfBoundsException notThisFormat) {
            // nothing has moved: the sets' ranges are swapped only after the whole walk fitted
        }
    }
}
