package latente.runtime.pattern;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of a step written with ':' ({@code bd:3}, {@code a:b:c}): a list, as in Strudel,
 * so the parts stay apart ({@code bd:3} is the word "bd" and the number 3). It prints as it was
 * written ({@code bd:3}) and goes to JSON as an array. Immutable.
 */
public final class ListValue extends AbstractList<Object> {
    private final Object[] items;

    private ListValue(Object[] items) {
        this.items = items;
    }

    /** {@code head:tail}: a list head gets tail appended, anything else becomes [head, tail]. */
    public static ListValue append(Object head, Object tail) {
        List<Object> all = new ArrayList<>();
        if (head instanceof ListValue l) all.addAll(l);
        else all.add(head);
        all.add(tail);
        return new ListValue(all.toArray());
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object item : items) {
            if (b.length() > 0) b.append(':');
            b.append(Values.format(item));
        }
        return b.toString();
    }
}
