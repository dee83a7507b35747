package nn.interp.lib.units;

import nn.i18n.Messages;

import nn.data.Dataset;
import nn.tensor.Matrix;
import nn.interp.RuntimeError;

/** A dataset's inputs and its single target column, for training and judging a single unit. */
public record UnitData(double[][] inputs, double[] targets) {
    public static UnitData of(Dataset d, nn.lang.source.Span at) {
        if (d.size() == 0) throw new RuntimeError(at, Messages.t("units.dataset-empty"));
        double[] t;
        if (d.classes() > 0 && d.isOneHot()) {
            if (d.classes() != 2)
                throw new RuntimeError(at, Messages.t("units.two-classes", d.classes()));
            int[] idx = d.classIndices();
            t = new double[idx.length];
            for (int i = 0; i < idx.length; i++) t[i] = idx[i];
        } else {
            if (d.targets().cols() != 1)
                throw new RuntimeError(at, Messages.t("units.one-target-column", d.targets().cols()));
            t = d.targets().data().clone();
        }
        Matrix x = d.inputs();
        double[][] rows = new double[x.rows()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new double[x.cols()];
            System.arraycopy(x.data(), r * x.cols(), rows[r], 0, x.cols());
        }
        return new UnitData(rows, t);
    }

    /** The targets as labels 0 and 1; targets −1 and 1 (bipolar) count −1 as class 0. */
    public double[] labels01(nn.lang.source.Span at) {
        boolean binary = true, bipolar = true;
        for (double v : targets) {
            binary &= v == 0 || v == 1;
            bipolar &= v == -1 || v == 1;
        }
        if (binary) return targets.clone();
        if (!bipolar) throw new RuntimeError(at, Messages.t("units.separability-labels"));
        double[] out = new double[targets.length];
        for (int i = 0; i < out.length; i++) out[i] = targets[i] == 1 ? 1 : 0;
        return out;
    }
}
