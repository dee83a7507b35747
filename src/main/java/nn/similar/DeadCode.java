package nn.similar;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;

/**
 * Finds statements that cannot change what a program does, so that padding a copy with them
 * ({@code x = 0} never read) changes nothing in its fingerprint:
 * <ul>
 *   <li>an assignment of a side-effect-free value to a name that nothing reads (reading itself,
 *       as in {@code n = n + 1}, does not count);</li>
 *   <li>a dead store: a side-effect-free assignment overwritten later in the same block before any read;</li>
 *   <li>a bare name or literal as a statement;</li>
 *   <li>statements after {@code return}, {@code break} or {@code continue} in the same block;</li>
 *   <li>an {@code if}, {@code for} or {@code while} whose header has no side effects and whose body is all dead.</li>
 * </ul>
 * Removing one can make another dead ({@code y = x} gone, {@code x = 1} is unread), so it iterates to a
 * fixed point. Function definitions are never dead: a grader may call a function the file itself does not.
 * Nor, in a file that would otherwise be all dead, are its top-level assignments: a homework of values the
 * grader reads ({@code W1 = …}, {@code lr = 0.05}) has nothing else to compare, and two copies of it must meet.
 */
final class DeadCode {
    private final Map<String, Uses> functions;
    private final Set<Stmt> dead = Collections.newSetFromMap(new IdentityHashMap<>());
    private Set<String> read = new HashSet<>();
    /** Uses per statement, computed once: the fixed-point rounds ask again and again. */
    private final Map<Stmt, Uses> uses = new IdentityHashMap<>();

    private Uses uses(Stmt s) { return uses.computeIfAbsent(s, x -> Uses.of(x, functions)); }

    /** The program's own statements, whose assignments stay live when {@link #keepTopLevel}. */
    private final List<Stmt> program;
    private final boolean keepTopLevel;

    private DeadCode(Map<String, Uses> functions, List<Stmt> program, boolean keepTopLevel) {
        this.functions = functions;
        this.program = program;
        this.keepTopLevel = keepTopLevel;
    }

    /** The dead statements of a program, by identity. */
    static Set<Stmt> find(List<Stmt> program, Map<String, Uses> functions) {
        Set<Stmt> dead = find(program, functions, false);
        if (!program.isEmpty() && dead.containsAll(program)) return find(program, functions, true);
        return dead;
    }

    private static Set<Stmt> find(List<Stmt> program, Map<String, Uses> functions, boolean keepTopLevel) {
        DeadCode d = new DeadCode(functions, program, keepTopLevel);
        for (int round = 0; round < 50; round++) {
            d.read = new HashSet<>();
            d.reads(program);
            int before = d.dead.size();
            d.mark(program);
            if (d.dead.size() == before) break;
        }
        return d.dead;
    }

    /**
     * Names read by the live statements, at any depth. Function bodies are walked where they are defined,
     * so calls do not bring in their callee's reads (which may be dead themselves).
     */
    private void reads(List<Stmt> block) {
        for (Stmt s : block) {
            if (dead.contains(s)) continue;
            List<List<Stmt>> children = Blocks.of(s);
            if (s instanceof Stmt.Assign a && a.target() instanceof Expr.Name n) {
                // x = x + 1 alone does not keep x alive: only reads by other statements do
                Set<String> r = new HashSet<>(Uses.of(a.value(), Map.of()).reads);
                r.remove(n.name());
                read.addAll(r);
            } else if (children.isEmpty()) {
                read.addAll(Uses.of(s, Map.of()).reads);
            } else {
                for (Expr e : Blocks.header(s)) read.addAll(Uses.of(e, Map.of()).reads);
                children.forEach(this::reads);
            }
        }
    }

    private void mark(List<Stmt> block) {
        boolean unreachable = false;
        for (int i = 0; i < block.size(); i++) {
            Stmt s = block.get(i);
            if (dead.contains(s)) continue;
            if (unreachable || isDead(s, block, i)) {
                dead.add(s);
                continue;
            }
            Blocks.of(s).forEach(this::mark);
            if (Blocks.of(s).size() > 0 && !(s instanceof Stmt.Fn) && allDead(s)) dead.add(s);
            unreachable = s instanceof Stmt.Return || s instanceof Stmt.Break || s instanceof Stmt.Continue;
        }
    }

    private boolean allDead(Stmt compound) {
        for (Expr e : Blocks.header(compound)) if (Uses.of(e, functions).sideEffects) return false;
        for (List<Stmt> b : Blocks.of(compound)) for (Stmt s : b) if (!dead.contains(s)) return false;
        return true;
    }

    private boolean isDead(Stmt s, List<Stmt> block, int at) {
        return switch (s) {
            case Stmt.ExprStmt e -> e.expr() instanceof Expr.Name || e.expr() instanceof Expr.Num
                    || e.expr() instanceof Expr.Str || e.expr() instanceof Expr.Bool;
            case Stmt.Assign a when a.target() instanceof Expr.Name n && !Uses.of(a.value(), functions).sideEffects ->
                    (!read.contains(n.name()) && !(keepTopLevel && block == program)) || overwrittenBeforeRead(n.name(), block, at);
            default -> false;
        };
    }

    /** A later plain assignment to the same name in this block, with no read of it on the way. */
    private boolean overwrittenBeforeRead(String name, List<Stmt> block, int at) {
        for (int j = at + 1; j < block.size(); j++) {
            Stmt next = block.get(j);
            if (dead.contains(next)) continue;
            Uses u = uses(next);
            if (u.reads.contains(name)) return false;
            if (next instanceof Stmt.Assign a && a.target() instanceof Expr.Name n && n.name().equals(name)) return true;
            if (u.writes.contains(name)) return false;
        }
        return false;
    }
}
