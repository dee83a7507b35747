package nn.interp;

import nn.lang.ast.Stmt;

/** {@code plot boundary|loss|regions …}. (Being wired.) */
final class PlotFeatures {
    private PlotFeatures() {}

    static void plot(Interpreter in, Stmt.Plot p) { throw Pending.at(p.span(), "plot"); }
}
