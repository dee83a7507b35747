package nn.model.logic;

import nn.model.ModelException;

/** Shared checks on training data, with messages in the language's words. */
final class Examples {
    private Examples() {}

    static void check(int inputs, double[][] x, double[] d, int epochs, String unit) {
        if (x.length == 0) throw new ModelException("training needs at least one example");
        if (d.length != x.length)
            throw new ModelException("training needs one target per example: " + x.length + " examples, " + d.length + " targets");
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != inputs)
                throw new ModelException("the " + unit + " takes " + inputs + " input" + (inputs == 1 ? "" : "s")
                        + ", but example " + (r + 1) + " has " + x[r].length);
            for (double v : x[r])
                if (!Double.isFinite(v)) throw new ModelException("example " + (r + 1) + " has an input that is not a finite number");
            if (!Double.isFinite(d[r])) throw new ModelException("example " + (r + 1) + " has a target that is not a finite number");
        }
        if (epochs < 1) throw new ModelException("training needs at least one epoch, got " + epochs);
    }
}
