package nn.data;

import java.util.List;

/**
 * Which column of a table holds the targets: a column named in the header, a 0-based index
 * (negative counts from the end, as in Python: −1 is the last column), or the last column.
 */
public sealed interface TargetColumn {
    record Named(String name) implements TargetColumn {}

    record At(int index) implements TargetColumn {}

    record Last() implements TargetColumn {}

    static TargetColumn named(String name) { return new Named(name); }

    static TargetColumn at(int index) { return new At(index); }

    static TargetColumn last() { return new Last(); }

    /** The 0-based position of this column among {@code header}; {@code file} names the table in errors. */
    default int resolve(List<String> header, String file) {
        return switch (this) {
            case Last l -> header.size() - 1;
            case At a -> {
                int i = a.index() < 0 ? header.size() + a.index() : a.index();
                if (i < 0 || i >= header.size())
                    throw new DataException(file + " has " + Counts.of(header.size(), "column") +  " (" + Quoted.columns(header)
                            + "); column index " + a.index() + " is outside 0…" + (header.size() - 1));
                yield i;
            }
            case Named n -> {
                int i = header.indexOf(n.name());
                if (i >= 0) yield i;
                String hint = header.stream().filter(h -> h.equalsIgnoreCase(n.name())).findFirst()
                        .map(h -> " (did you mean '" + Quoted.text(h) + "'?)").orElse("");
                throw new DataException(file + " has no column '" + Quoted.text(n.name()) + "'" + hint + "; its columns are "
                        + Quoted.columns(header));
            }
        };
    }
}
