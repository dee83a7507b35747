package nn.model;

import java.util.Arrays;

/**
 * A list of doubles that grows as values are added, so a run asked for millions of epochs (ended
 * early by its stop condition) only holds the epochs it actually ran.
 */
final class DoubleBuffer {
    private double[] values = new double[16];
    private int size;

    void add(double v) {
        if (size == values.length) values = Arrays.copyOf(values, values.length * 2);
        values[size++] = v;
    }

    int size() { return size; }

    double last() { return values[size - 1]; }

    /** The values added so far, as a new array. */
    double[] toArray() { return Arrays.copyOf(values, size); }
}
