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
    /** {@code plot boundary NET on DATA every N epochs [to "training.gif"]}: a picture redrawn as the network learns. */
    record Watch(Span span, Stmt.Plot plot) implements Option {}
    /** stop when MONITOR stops improving for N epochs; {@code unit} is the word after N (epochs or epoch). */
    record Patience(Span span, Ident monitor, Expr epochs, Ident unit) implements Option {}
    record ValidateOn(Span span, Expr data) implements Option {}
    /** validate split FRACTION [seed S]; seed null: drawn from the run's generator. */
    record ValidateSplit(Span span, Expr fraction, Expr seed) implements Option {}
    record KeepBest(Span span) implements Option {}
    record Clip(Span span, Expr norm) implements Option {}
    /** dtype float32 | float64: the number format the run computes in. */
    record Dtype(Span span, Ident dtype) implements Option {}
}
