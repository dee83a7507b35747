package nn.data;

import nn.i18n.Messages;
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
                    throw new DataException(Messages.t("data.column-index-outside", file, header.size(), Quoted.columns(header), a.index(), header.size() - 1));
                yield i;
            }
            case Named n -> {
                int i = header.indexOf(n.name());
                if (i >= 0) yield i;
                String near = header.stream().filter(h -> h.equalsIgnoreCase(n.name())).findFirst().orElse(null);
                throw new DataException(near == null
                        ? Messages.t("data.no-such-column", file, Quoted.text(n.name()), Quoted.columns(header))
                        : Messages.t("data.no-such-column-near", file, Quoted.text(n.name()), Quoted.text(near), Quoted.columns(header)));
            }
        };
    }
}
