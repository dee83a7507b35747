package nn.model.logic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nn.model.logic.BoolExpr.And;
import nn.model.logic.BoolExpr.Const;
import nn.model.logic.BoolExpr.Not;
import nn.model.logic.BoolExpr.Or;
import nn.model.logic.BoolExpr.Var;
import nn.model.logic.BoolExpr.Xor;

/**
 * Rewrites a formula into an equivalent, flatter one in linear time (never by expanding it):
 * negations are pushed down to the variables (De Morgan; {@code !(a ^ b) = !a ^ b}), nested
 * operators of the same kind are flattened ({@code (a & b) & c = a & b & c}), constants are folded,
 * repeated operands are dropped ({@code a & a = a}, {@code a ^ a = false}) and a variable next to its
 * own negation decides the operator ({@code a & !a = false}). The result is a {@link Const}, or a
 * formula whose only negations are on variables and that contains no constants.
 */
public final class Simplifier {
    private Simplifier() {}

    public static BoolExpr simplify(BoolExpr e) { return push(e, false); }

    /** {@code e}, negated when {@code negate}, with the negation pushed down to the variables. */
    private static BoolExpr push(BoolExpr e, boolean negate) {
        return switch (e) {
            case Var v -> negate ? new Not(v) : v;
            case Const c -> new Const(c.value() != negate);
            case Not n -> push(n.operand(), !negate);
            case And a -> negate ? or(pushAll(a.operands(), true)) : and(pushAll(a.operands(), false));
            case Or o -> negate ? and(pushAll(o.operands(), true)) : or(pushAll(o.operands(), false));
            case Xor x -> xor(pushAll(x.operands(), false), negate);
        };
    }

    private static List<BoolExpr> pushAll(List<BoolExpr> es, boolean negate) {
        List<BoolExpr> out = new ArrayList<>(es.size());
        for (BoolExpr e : es) out.add(push(e, negate));
        return out;
    }

    private static BoolExpr and(List<BoolExpr> operands) {
        Set<BoolExpr> kept = new LinkedHashSet<>();
        for (BoolExpr o : operands) {
            if (o instanceof Const c) {
                if (!c.value()) return new Const(false);
            } else if (o instanceof And inner) {
                kept.addAll(inner.operands());
            } else {
                kept.add(o);
            }
        }
        if (hasComplementaryLiterals(kept)) return new Const(false);
        return build(kept, true);
    }

    private static BoolExpr or(List<BoolExpr> operands) {
        Set<BoolExpr> kept = new LinkedHashSet<>();
        for (BoolExpr o : operands) {
            if (o instanceof Const c) {
                if (c.value()) return new Const(true);
            } else if (o instanceof Or inner) {
                kept.addAll(inner.operands());
            } else {
                kept.add(o);
            }
        }
        if (hasComplementaryLiterals(kept)) return new Const(true);
        return build(kept, false);
    }

    private static BoolExpr build(Set<BoolExpr> kept, boolean isAnd) {
        if (kept.isEmpty()) return new Const(isAnd);
        if (kept.size() == 1) return kept.iterator().next();
        List<BoolExpr> list = List.copyOf(kept);
        return isAnd ? new And(list) : new Or(list);
    }

    /** Flattens, cancels pairs ({@code a ^ a = false}) and folds constants and negations into one parity bit. */
    private static BoolExpr xor(List<BoolExpr> operands, boolean negate) {
        List<BoolExpr> terms = new ArrayList<>();
        boolean parity = negate;
        for (BoolExpr o : operands) {
            if (o instanceof Const c) {
                parity ^= c.value();
                continue;
            }
            List<BoolExpr> parts = o instanceof Xor inner ? inner.operands() : List.of(o);
            for (BoolExpr p : parts) {
                // A negated variable is the variable xor true: keep the variable, flip the parity.
                BoolExpr positive = p instanceof Not n ? n.operand() : p;
                if (p instanceof Not) parity = !parity;
                if (!terms.remove(positive)) terms.add(positive);
            }
        }
        if (terms.isEmpty()) return new Const(parity);
        if (parity) terms.set(0, push(terms.get(0), true));
        return terms.size() == 1 ? terms.get(0) : new Xor(List.copyOf(terms));
    }

    private static boolean hasComplementaryLiterals(Set<BoolExpr> operands) {
        for (BoolExpr o : operands)
            if (o instanceof Not n && operands.contains(n.operand())) return true;
        return false;
    }
}
