package nn.data;

/**
 * How a loader reads a target column. {@code AUTO}: a column holding words, or only whole numbers,
 * is a class label; a column with any fractional number is a numeric (regression) target.
 * {@code CLASSES} and {@code NUMBERS} force one reading.
 */
public enum TargetKind { AUTO, CLASSES, NUMBERS }
