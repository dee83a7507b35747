package nn.lang.ast;

import java.util.List;
import nn.lang.source.Span;

/** How `train NET on DATA` learns: a classic rule for single units, or a block of options for networks. */
public sealed interface TrainSpec {
    record Rule(Expr rule, Expr epochs) implements TrainSpec {}
    record Block(List<Option> options) implements TrainSpec {}

    sealed interface Option { Span span(); }
    record Loss(Span span, Ident name) implements Option {}
    record Optimizer(Span span, Expr optimizer) implements Option {}
    record Epochs(Span span, Expr count) implements Option {}
    /** size null means the full dataset. */
    record Batch(Span span, Expr size) implements Option {}
    /** seed null means no shuffling. */
    record Shuffle(Span span, Expr seed) implements Option {}
    record Report(Span span, Expr every) implements Option {}
    record Stop(Span span, Expr condition) implements Option {}
    /** dtype float32 | float64: the number format the run computes in. */
    record Dtype(Span span, Ident dtype) implements Option {}
}
