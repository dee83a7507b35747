package nn.interp;

import nn.lang.ast.Stmt;

/** {@code plot boundary|loss|regions …}. (Being wired.) */
final class PlotFeatures {
    private PlotFeatures() {}

    static void plot(Interpreter in, Stmt.Plot p) {
        if (p.kind().equals("regions")) { RegionPlots.plot(in, p); return; }
        throw Pending.at(p.span(), "plot");
    }
}
