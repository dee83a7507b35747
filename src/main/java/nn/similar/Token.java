package nn.similar;

/**
 * One token of a submission after normalisation: {@code code} stands for its normalised text (every
 * name the student chose is the same token, every number another, every string a third; keywords,
 * operators and builtin names stay themselves), and {@code file}, {@code line} say where it came from.
 */
record Token(int code, int file, int line) {}
