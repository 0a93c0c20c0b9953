package latente.runtime.pattern;

import java.util.Objects;

/**
 * One event ("hap" in Strudel): a value, the whole span it belongs to and the part of it that
 * lies inside the query. When whole and part begin together the event starts in this query
 * ({@link #hasOnset}); a fragment (part shorter than whole) is the rest of an event that began
 * earlier or goes on later. Continuous patterns (signals) have no whole: {@code whole == null}.
 */
public final class Event<T> {
    public final TimeSpan whole;
    public final TimeSpan part;
    public final T value;

    public Event(TimeSpan whole, TimeSpan part, T value) {
        this.whole = whole;
        this.part = part;
        this.value = value;
    }

    public boolean hasOnset() {
        return whole != null && whole.begin.equals(part.begin);
    }

    public <U> Event<U> withValue(U v) {
        return new Event<>(whole, part, v);
    }

    public Event<T> withSpans(TimeSpan w, TimeSpan p) {
        return new Event<>(w, p, value);
    }

    /** The whole, or the part for continuous events. */
    public TimeSpan wholeOrPart() {
        return whole != null ? whole : part;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event<?> e && Objects.equals(e.whole, whole) && e.part.equals(part) && Objects.equals(e.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(whole, part, value);
    }

    /** "[0, 1/2) moss" for a whole event, "[0, 1) part [0, 1/2) moss" for a fragment, "~ part [0, 1) 0.5" when continuous. */
    @Override
    public String toString() {
        String v = Values.format(value);
        if (whole == null) return "~ part " + part + " " + v;
        if (whole.equals(part)) return whole + " " + v;
        return whole + " part " + part + " " + v;
    }
}
