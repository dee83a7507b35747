package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Boolean formula over named variables, as written in the language with {@code & | ! ^} and
 * parentheses. {@link And}, {@link Or} and {@link Xor} take two or more operands (a chain such as
 * {@code a & b & c} may be built binary or flat; both mean the same). Records compare structurally.
 */
public sealed interface BoolExpr {

    /** A variable, by name. */
    record Var(String name) implements BoolExpr {
        public Var {
            if (name == null || name.isEmpty()) throw new IllegalArgumentException(Messages.t("internal.variable-needs-name"));
        }
    }

    /** The constant true or false. */
    record Const(boolean value) implements BoolExpr {}

    /** Negation, written {@code !x}. */
    record Not(BoolExpr operand) implements BoolExpr {}

    /** Conjunction of two or more operands, written {@code a & b}. */
    record And(List<BoolExpr> operands) implements BoolExpr {
        public And { operands = checkedOperands("&", operands); }
    }

    /** Disjunction of two or more operands, written {@code a | b}. */
    record Or(List<BoolExpr> operands) implements BoolExpr {
        public Or { operands = checkedOperands("|", operands); }
    }

    /** Exclusive or (true when an odd number of operands are true), written {@code a ^ b}. */
    record Xor(List<BoolExpr> operands) implements BoolExpr {
        public Xor { operands = checkedOperands("^", operands); }
    }

    static BoolExpr var(String name) { return new Var(name); }
    static BoolExpr not(BoolExpr e) { return new Not(e); }
    static BoolExpr and(BoolExpr... es) { return new And(List.of(es)); }
    static BoolExpr or(BoolExpr... es) { return new Or(List.of(es)); }
    static BoolExpr xor(BoolExpr... es) { return new Xor(List.of(es)); }

    /** The value of the formula; every variable it uses must be in {@code assignment}. */
    default boolean eval(Map<String, Boolean> assignment) {
        return switch (this) {
            case Var v -> {
                Boolean value = assignment.get(v.name());
                if (value == null) throw new ModelException(Messages.t("logic.formula-no-value", v.name()));
                yield value;
            }
            case Const c -> c.value();
            case Not n -> !n.operand().eval(assignment);
            case And a -> a.operands().stream().allMatch(o -> o.eval(assignment));
            case Or o -> o.operands().stream().anyMatch(x -> x.eval(assignment));
            case Xor x -> {
                boolean odd = false;
                for (BoolExpr o : x.operands()) odd ^= o.eval(assignment);
                yield odd;
            }
        };
    }

    /** The variable names in order of first appearance, reading left to right. */
    default List<String> variables() {
        Set<String> seen = new LinkedHashSet<>();
        collectVariables(this, seen);
        return List.copyOf(seen);
    }

    /** The number of nodes in the formula (its size, which bounds the cost of compiling it). */
    default int size() {
        return switch (this) {
            case Var v -> 1;
            case Const c -> 1;
            case Not n -> 1 + n.operand().size();
            case And a -> 1 + a.operands().stream().mapToInt(BoolExpr::size).sum();
            case Or o -> 1 + o.operands().stream().mapToInt(BoolExpr::size).sum();
            case Xor x -> 1 + x.operands().stream().mapToInt(BoolExpr::size).sum();
        };
    }

    /** The formula in the language's syntax; operands of a different operator are parenthesised. */
    default String text() {
        return switch (this) {
            case Var v -> v.name();
            case Const c -> c.value() ? "true" : "false";
            case Not n -> "!" + operandText(n.operand());
            case And a -> join(" & ", a.operands());
            case Or o -> join(" | ", o.operands());
            case Xor x -> join(" ^ ", x.operands());
        };
    }

    private static String join(String op, List<BoolExpr> operands) {
        List<String> parts = new ArrayList<>();
        for (BoolExpr o : operands) parts.add(operandText(o));
        return String.join(op, parts);
    }

    private static String operandText(BoolExpr e) {
        return switch (e) {
            case Var v -> e.text();
            case Const c -> e.text();
            case Not n -> e.text();
            case And a -> "(" + e.text() + ")";
            case Or o -> "(" + e.text() + ")";
            case Xor x -> "(" + e.text() + ")";
        };
    }

    private static void collectVariables(BoolExpr e, Set<String> out) {
        switch (e) {
            case Var v -> out.add(v.name());
            case Const c -> { }
            case Not n -> collectVariables(n.operand(), out);
            case And a -> a.operands().forEach(o -> collectVariables(o, out));
            case Or o -> o.operands().forEach(x -> collectVariables(x, out));
            case Xor x -> x.operands().forEach(o -> collectVariables(o, out));
        }
    }

    private static List<BoolExpr> checkedOperands(String op, List<BoolExpr> operands) {
        if (operands == null || operands.size() < 2)
            throw new IllegalArgumentException(Messages.t("internal.operator-operands", op));
        for (BoolExpr o : operands) if (o == null) throw new IllegalArgumentException(Messages.t("internal.operator-missing-operand", op));
        return List.copyOf(operands);
    }
}
