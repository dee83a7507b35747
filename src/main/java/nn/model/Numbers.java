package nn.model;

import nn.tensor.Decimals;

/**
 * Number text for descriptions of optimizers and layers (0.05, 1e-08, 2), in the language's one
 * format ({@link Decimals}) with enough decimals that a setting is shown as given, not rounded.
 */
final class Numbers {
    private Numbers() {}

    /** Decimals kept for plain numbers, so lr = 0.00015 or beta = 0.999 shows as given. */
    static final int DECIMALS = 10;

    /** Scientific where the language's default precision switches to it (1e-08), else plain (0.05, 0.0001). */
    static String text(double v) {
        return Decimals.number(v, Math.abs(v) < 0.5 * 1e-4 ? Decimals.DEFAULT : DECIMALS);
    }
}
