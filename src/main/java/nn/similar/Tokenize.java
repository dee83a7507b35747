package nn.similar;

import nn.i18n.Messages;
import java.util.List;
import nn.lang.ast.Stmt;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;

/** A source file's tokens for comparison: canonical when it parses, its raw normalised tokens when not. */
final class Tokenize {
    private Tokenize() {}

    /** The tokens, and a note when the file had to be compared by its lexer tokens only. */
    record Result(List<Token> tokens, String note) {}

    static Result file(SourceFile file, int fileIndex) {
        List<Stmt> program;
        try {
            program = Parsers.parse(file);
        } catch (Diagnostic.Failure f) {
            Diagnostic d = f.diagnostics().get(0);
            String where = d.span() == null ? file.name() : d.span().where();
            return new Result(Lexed.unparsed(file, fileIndex).all(),
                    Messages.t("similar.unparsed", where, d.message()));
        }
        return new Result(Canonical.of(file, fileIndex, program), null);
    }
}
