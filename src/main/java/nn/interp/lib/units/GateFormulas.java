package nn.interp.lib.units;

import nn.i18n.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nn.lang.ast.Formula;
import nn.lang.ast.Ident;
import nn.lang.ast.Stmt;
import nn.lang.check.Names;
import nn.lang.source.Span;
import nn.model.logic.BoolExpr;
import nn.model.logic.GateCompiler;
import nn.interp.RuntimeError;

/**
 * The Boolean formulas of {@code gate NAME(args) = FORMULA} and {@code truthtable(n, FORMULA)}:
 * turned into {@link BoolExpr}, with every variable checked against the names that may appear.
 */
final class GateFormulas {
    private GateFormulas() {}

    static BoolExpr toBool(Formula f) {
        return switch (f) {
            case Formula.Var v -> new BoolExpr.Var(v.name());
            case Formula.Const c -> new BoolExpr.Const(c.value());
            case Formula.Not n -> new BoolExpr.Not(toBool(n.operand()));
            case Formula.Binary b -> {
                // A chain a & b & c becomes one three-input AND, as it is written.
                List<BoolExpr> operands = new ArrayList<>();
                flatten(b.op(), b, operands);
                yield switch (b.op()) {
                    case AND -> new BoolExpr.And(operands);
                    case OR -> new BoolExpr.Or(operands);
                    case XOR -> new BoolExpr.Xor(operands);
                };
            }
        };
    }

    private static void flatten(Formula.Connective op, Formula f, List<BoolExpr> out) {
        if (f instanceof Formula.Binary b && b.op() == op) {
            flatten(op, b.left(), out);
            flatten(op, b.right(), out);
        } else {
            out.add(toBool(f));
        }
    }

    /** Each variable with the span of its first use, in order of appearance. */
    static Map<String, Span> variables(Formula f) {
        Map<String, Span> out = new LinkedHashMap<>();
        collect(f, out);
        return out;
    }

    private static void collect(Formula f, Map<String, Span> out) {
        switch (f) {
            case Formula.Var v -> out.putIfAbsent(v.name(), v.span());
            case Formula.Const c -> { }
            case Formula.Not n -> collect(n.operand(), out);
            case Formula.Binary b -> { collect(b.left(), out); collect(b.right(), out); }
        }
    }

    /** The gate's formula, after checking that it uses exactly the gate's inputs, each declared once. */
    static BoolExpr checkedGate(Stmt.Gate g) {
        List<String> inputs = g.inputs().stream().map(Ident::text).toList();
        String signature = g.name() + "(" + String.join(", ", inputs) + ")";
        if (g.inputs().size() > GateCompiler.MAX_INPUTS)
            throw new RuntimeError(g.inputs().get(GateCompiler.MAX_INPUTS).span(),
                    Messages.t("units.gate-too-many-inputs", g.name().text(), g.inputs().size(), GateCompiler.MAX_INPUTS));
        Set<String> declared = new LinkedHashSet<>();
        for (Ident input : g.inputs())
            if (!declared.add(input.text()))
                throw new RuntimeError(input.span(), Messages.t("units.gate-input-twice", g.name().text(), input.text()));
        Map<String, Span> used = variables(g.formula());
        for (Map.Entry<String, Span> e : used.entrySet())
            if (!declared.contains(e.getKey()))
                throw new RuntimeError(e.getValue(), Messages.t("units.gate-unknown-variable", e.getKey(), signature),
                        hint(e.getKey(), declared, g.name().text()));
        for (Ident input : g.inputs())
            if (!used.containsKey(input.text()))
                throw new RuntimeError(input.span(), Messages.t("units.gate-unused-input", input.text(), g.name().text()),
                        Messages.t("units.hint-gate-unused-input", signature));
        return toBool(g.formula());
    }

    private static String hint(String name, Set<String> declared, String gate) {
        // One-letter names are all one edit apart: a suggestion would be a guess.
        String close = name.length() < 3 ? null : Names.suggest(name, declared);
        return close != null ? close : Messages.t("units.hint-gate-add-input", gate + "(" + String.join(", ", declared) + ", " + name + ")");
    }

    /** The variables of a formula in natural order: alphabetical, with numbers compared as numbers (x2 before x10). */
    static List<String> sortedVariables(Formula f) {
        List<String> names = new ArrayList<>(variables(f).keySet());
        names.sort(NATURAL);
        return names;
    }

    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (c != 0) return c;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
