package nn.model.logic;

import java.util.ArrayList;
import java.util.List;

import nn.tensor.Rng;

/** Test helpers: a tiny parser for formulas in the language's syntax, and seeded random formulas. */
final class Formulas {
    private Formulas() {}

    /** Parses {@code | ^ & !}, parentheses, names, true/false; precedence ! > & > ^ > |. */
    static BoolExpr parse(String text) {
        Formulas.Parser p = new Formulas.Parser(text);
        BoolExpr e = p.or();
        p.skipSpaces();
        if (p.pos != text.length()) throw new IllegalArgumentException("unexpected '" + text.charAt(p.pos) + "' at " + p.pos);
        return e;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) { this.s = s; }

        BoolExpr or() {
            List<BoolExpr> xs = new ArrayList<>(List.of(xor()));
            while (eat('|')) xs.add(xor());
            return xs.size() == 1 ? xs.get(0) : new BoolExpr.Or(xs);
        }

        BoolExpr xor() {
            List<BoolExpr> xs = new ArrayList<>(List.of(and()));
            while (eat('^')) xs.add(and());
            return xs.size() == 1 ? xs.get(0) : new BoolExpr.Xor(xs);
        }

        BoolExpr and() {
            List<BoolExpr> xs = new ArrayList<>(List.of(unary()));
            while (eat('&')) xs.add(unary());
            return xs.size() == 1 ? xs.get(0) : new BoolExpr.And(xs);
        }

        BoolExpr unary() {
            if (eat('!')) return new BoolExpr.Not(unary());
            if (eat('(')) {
                BoolExpr e = or();
                if (!eat(')')) throw new IllegalArgumentException("expected ')' at " + pos);
                return e;
            }
            skipSpaces();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            String name = s.substring(start, pos);
            if (name.isEmpty()) throw new IllegalArgumentException("expected a name at " + pos);
            if (name.equals("true") || name.equals("false")) return new BoolExpr.Const(name.equals("true"));
            return new BoolExpr.Var(name);
        }

        boolean eat(char c) {
            skipSpaces();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void skipSpaces() { while (pos < s.length() && s.charAt(pos) == ' ') pos++; }
    }

    /** A random formula over {@code names} with about {@code size} nodes, using every operator. */
    static BoolExpr random(Rng rng, List<String> names, int size) {
        if (size <= 1) {
            int pick = rng.nextInt(names.size() * 8 + 1);
            if (pick == names.size() * 8) return new BoolExpr.Const(rng.nextInt(2) == 1);
            return new BoolExpr.Var(names.get(pick % names.size()));
        }
        int op = rng.nextInt(7);
        if (op == 0) return new BoolExpr.Not(random(rng, names, size - 1));
        int arity = 2 + (rng.nextInt(4) == 0 ? rng.nextInt(3) : 0);
        List<BoolExpr> operands = new ArrayList<>();
        int left = size - 1;
        for (int i = 0; i < arity; i++) {
            int share = i == arity - 1 ? left : 1 + rng.nextInt(Math.max(1, left - (arity - 1 - i)));
            share = Math.max(1, Math.min(share, left - (arity - 1 - i)));
            left -= share;
            operands.add(random(rng, names, share));
        }
        return switch (op) {
            case 1, 2 -> new BoolExpr.And(operands);
            case 3, 4 -> new BoolExpr.Or(operands);
            default -> new BoolExpr.Xor(operands);
        };
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add(i < 26 ? String.valueOf((char) ('a' + i)) : "v" + i);
        return names;
    }
}
