package nn.interp;

import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.source.Span;

/** Datasets in the language: literals, loaders, generators, splits, rows. (Being wired.) */
final class DataFeatures {
    private DataFeatures() {}

    static void installBuiltins(Interpreter in) { }
    static Value asDataset(Interpreter in, Value v, Span at) { throw Pending.at(at, "dataset"); }
    static Value datasetLiteral(Interpreter in, Expr.DatasetLit d) { throw Pending.at(d.span(), "dataset"); }
    static Value member(Interpreter in, Value.DatasetV d, Expr.Member m) { throw Pending.at(m.span(), "dataset fields"); }
    static Value index(Interpreter in, Value.DatasetV d, Expr.Index ix) { throw Pending.at(ix.span(), "dataset rows"); }
    static List<Value[]> examples(Interpreter in, Value.DatasetV d) { throw Pending.at(null, "looping over a dataset"); }
}
