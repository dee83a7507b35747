package nn.interp.lib.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import nn.interp.Value;

/**
 * The items of a list that {@code append} grew: a view of the first {@code size} items of a backing
 * array that later appends may extend. Lists are values, so an append must not change a list another
 * name still holds; views make that cheap: the old value sees its first n items whatever is added after
 * them, and appending to a view that is not the longest copies first. A loop of n appends is O(n), as in
 * Python, not O(n²).
 */
final class GrowableItems extends AbstractList<Value> implements RandomAccess {
    private final ArrayList<Value> backing;
    private final int size;

    private GrowableItems(ArrayList<Value> backing, int size) {
        this.backing = backing;
        this.size = size;
    }

    /** Whether appending to {@code items} extends their storage in place rather than copying it. */
    static boolean extendsInPlace(List<Value> items) {
        return items instanceof GrowableItems g && g.backing.size() == g.size;
    }

    /** {@code items} followed by {@code v}, sharing {@code items}' storage where it is safe. */
    static List<Value> appended(List<Value> items, Value v) {
        if (extendsInPlace(items)) {
            GrowableItems g = (GrowableItems) items;
            g.backing.add(v);
            return new GrowableItems(g.backing, g.size + 1);
        }
        ArrayList<Value> copy = new ArrayList<>(Math.max(16, items.size() * 2));
        copy.addAll(items);
        copy.add(v);
        return new GrowableItems(copy, copy.size());
    }

    @Override
    public Value get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return backing.get(index);
    }

    @Override
    public int size() { return size; }
}
