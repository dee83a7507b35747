package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.List;

import nn.model.logic.BoolExpr.And;
import nn.model.logic.BoolExpr.Const;
import nn.model.logic.BoolExpr.Not;
import nn.model.logic.BoolExpr.Or;
import nn.model.logic.BoolExpr.Var;
import nn.model.logic.BoolExpr.Xor;

/**
 * The whole truth table of a formula as a bitset: bit r is the value on row r, where row r gives
 * variable j (0-based, in the order of {@code names}) the value of bit (n − 1 − j) of r — the
 * standard order 00, 01, 10, 11 with the first variable most significant. Evaluated 64 rows at a
 * time with bitwise operations, so 2^20 rows of a small formula take milliseconds.
 */
final class TruthVector {
    private TruthVector() {}

    static long[] of(BoolExpr f, List<String> names) {
        int n = names.size();
        long rows = 1L << n;
        long[] bits = new long[(int) Math.max(1, rows / 64)];
        long validMask = rows >= 64 ? -1L : (1L << rows) - 1;
        for (int block = 0; block < bits.length; block++)
            bits[block] = eval(f, names, n, block) & validMask;
        return bits;
    }

    static boolean get(long[] bits, int row) { return (bits[row >>> 6] >>> (row & 63) & 1L) != 0; }

    /** The formula on rows 64·block … 64·block + 63, one bit per row. */
    private static long eval(BoolExpr f, List<String> names, int n, int block) {
        return switch (f) {
            case Var v -> variableBits(names.indexOf(v.name()), n, block, v.name());
            case Const c -> c.value() ? -1L : 0L;
            case Not x -> ~eval(x.operand(), names, n, block);
            case And a -> {
                long r = -1L;
                for (BoolExpr o : a.operands()) r &= eval(o, names, n, block);
                yield r;
            }
            case Or o -> {
                long r = 0L;
                for (BoolExpr x : o.operands()) r |= eval(x, names, n, block);
                yield r;
            }
            case Xor x -> {
                long r = 0L;
                for (BoolExpr o : x.operands()) r ^= eval(o, names, n, block);
                yield r;
            }
        };
    }

    /** Bit t is the value of variable j on row 64·block + t. */
    private static long variableBits(int j, int n, int block, String name) {
        if (j < 0) throw new ModelException(Messages.t("logic.formula-unknown-input", name));
        int shift = n - 1 - j;
        if (shift >= 6) return ((((long) block << 6) >>> shift) & 1L) != 0 ? -1L : 0L;
        return PATTERNS[shift];
    }

    /** For row bit p &lt; 6: bit t set when bit p of t is (0xAAAA… for p = 0, 0xCCCC… for p = 1, …). */
    private static final long[] PATTERNS = new long[6];

    static {
        for (int p = 0; p < 6; p++)
            for (int t = 0; t < 64; t++) if ((t >>> p & 1) != 0) PATTERNS[p] |= 1L << t;
    }
}
