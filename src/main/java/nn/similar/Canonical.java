package nn.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nn.lang.ast.Stmt;
import nn.lang.source.SourceFile;

/**
 * A parsed file as the comparison sees it: its lexer tokens normalised ({@link Normalize}), its dead
 * statements left out ({@link DeadCode}) and the statements of every block in canonical order
 * ({@link StatementOrder}), recursively, so a function's body is ordered as well as the top level.
 * Tokens are taken from the source, not printed from the AST, so a file that does not parse (compared
 * by its raw tokens) and one that does still produce the same tokens for the same code.
 */
final class Canonical {
    private final Lexed lexed;
    private final Map<String, Uses> functions = new HashMap<>();
    private final Set<Stmt> dead;

    private Canonical(Lexed lexed, List<Stmt> program) {
        this.lexed = lexed;
        collectFunctions(program);
        this.dead = DeadCode.find(program, functions);
    }

    /** The canonical token sequence of a parsed file. */
    static List<Token> of(SourceFile file, int fileIndex, List<Stmt> program) {
        Set<String> chosen = new HashSet<>();
        chosenNames(program, chosen);
        Lexed lexed = Lexed.of(file, fileIndex, chosen);
        return new Canonical(lexed, program).block(program);
    }

    /** Summaries of every function, nested ones included; calls between functions count as effects. */
    private void collectFunctions(List<Stmt> program) {
        List<Stmt.Fn> all = new ArrayList<>();
        allFunctions(program, all);
        for (Stmt.Fn fn : all) functions.put(fn.name().text(), Uses.opaque());
        for (int round = 0; round < 2; round++)
            for (Stmt.Fn fn : all) functions.put(fn.name().text(), Uses.summary(fn, functions));
    }

    private static void allFunctions(List<Stmt> block, List<Stmt.Fn> out) {
        for (Stmt s : block) {
            if (s instanceof Stmt.Fn fn) out.add(fn);
            Blocks.of(s).forEach(b -> allFunctions(b, out));
        }
    }

    private static void chosenNames(List<Stmt> block, Set<String> out) {
        for (Stmt s : block) {
            Uses u = Uses.of(s, Map.of());
            out.addAll(u.writes);
            out.addAll(u.chosen);
            if (s instanceof Stmt.Fn fn) chosenNames(fn.body(), out);
        }
        out.remove(Uses.WORLD);
        out.remove(Uses.RNG);
    }

    private List<Token> block(List<Stmt> block) {
        List<Stmt> live = new ArrayList<>();
        for (Stmt s : block) if (!dead.contains(s)) live.add(s);
        List<List<Token>> emitted = new ArrayList<>();
        List<int[]> keys = new ArrayList<>();
        List<Uses> uses = new ArrayList<>();
        for (Stmt s : live) {
            List<Token> tokens = stmt(s);
            emitted.add(tokens);
            keys.add(tokens.stream().mapToInt(Token::code).toArray());
            uses.add(Uses.of(s, functions));
        }
        List<Token> out = new ArrayList<>();
        for (int i : StatementOrder.canonical(uses, keys)) out.addAll(emitted.get(i));
        return out;
    }

    /** A statement's tokens, with each nested block replaced by its canonical form. */
    private List<Token> stmt(Stmt s) {
        List<Token> out = new ArrayList<>();
        int cursor = s.span().start();
        for (List<Stmt> b : Blocks.of(s)) {
            if (b.isEmpty()) continue;
            out.addAll(lexed.between(cursor, b.get(0).span().start()));
            out.addAll(block(b));
            cursor = b.get(b.size() - 1).span().end();
        }
        out.addAll(lexed.between(cursor, s.span().end()));
        return out;
    }
}
