package nn.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A number a training run records every epoch and can watch: for early stopping ({@code stop when
 * val_loss stops improving for 20 epochs}) and for {@code keep best}. Losses improve downwards,
 * accuracies upwards; an improvement is any strict one (Keras' min_delta 0).
 */
public enum Monitor {
    LOSS(false, false), ACCURACY(true, false), VAL_LOSS(false, true), VAL_ACCURACY(true, true);

    private final boolean higherIsBetter, validation;

    Monitor(boolean higherIsBetter, boolean validation) {
        this.higherIsBetter = higherIsBetter;
        this.validation = validation;
    }

    public boolean higherIsBetter() { return higherIsBetter; }

    /** True for the numbers measured on the validation data. */
    public boolean validation() { return validation; }

    /** True for accuracies, which need data with classes. */
    public boolean accuracy() { return this == ACCURACY || this == VAL_ACCURACY; }

    /** True when {@code value} is better than {@code best} (NaN never is; anything beats a NaN best). */
    public boolean improves(double value, double best) {
        if (Double.isNaN(value)) return false;
        if (Double.isNaN(best)) return true;
        return higherIsBetter ? value > best : value < best;
    }

    /** The word the language uses: "val_loss". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** The monitor named {@code word}, or null. */
    public static Monitor parse(String word) {
        for (Monitor m : values()) if (m.word().equals(word)) return m;
        return null;
    }

    public static String words() { return Arrays.stream(values()).map(Monitor::word).collect(Collectors.joining(", ")); }
}
