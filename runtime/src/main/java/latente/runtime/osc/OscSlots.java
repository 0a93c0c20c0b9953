package latente.runtime.osc;

import java.util.concurrent.ConcurrentHashMap;
import latente.runtime.bus.ParamBus;
import latente.runtime.io.ErrorCounter;

/**
 * The latest numeric value of each OSC address, kept in parameter-bus slots named
 * {@code osc:<address>} (e.g. {@code osc:/fader/1}): the first argument when it is a number
 * (i f d h, T as 1, F as 0). A message sent to a pattern ({@code /fader/*}) updates every
 * known address it matches.
 *
 * <p>Bounded: at most {@code maxAddresses} addresses get slots from incoming traffic, so a
 * sender spraying random addresses cannot fill the bus; addresses the set asks for
 * ({@link #slot}) always get one. Thread contract: {@link #store} from the OSC I/O and bundle
 * threads; {@link #slot} and {@link #value} from any thread.
 */
public final class OscSlots {
    private final ParamBus bus;
    private final int maxAddresses;
    private final ErrorCounter<OscError> errors;
    private final ConcurrentHashMap<String, Integer> slots = new ConcurrentHashMap<>();

    public OscSlots(ParamBus bus, int maxAddresses, ErrorCounter<OscError> errors) {
        this.bus = bus;
        this.maxAddresses = maxAddresses;
        this.errors = errors;
    }

    public static String slotName(String address) {
        return "osc:" + address;
    }

    void store(OscMessage m) {
        if (!m.isNumber(0)) return;
        double v = m.number(0, 0);
        String address = m.address();
        Integer s = slots.get(address);
        if (s != null) {
            bus.set(s, v);
        } else if (AddressPattern.isPattern(address)) {
            storePattern(address, v);
        } else if (slots.size() >= maxAddresses) {
            errors.count(OscError.TOO_MANY_ADDRESSES, "more than " + maxAddresses + " addresses, e.g. " + address);
        } else {
            try {
                bus.set(slots.computeIfAbsent(address, a -> bus.slot(slotName(a))), v);
            } catch (IllegalStateException full) {
                errors.count(OscError.TOO_MANY_ADDRESSES, full.getMessage());
            }
        }
    }

    private void storePattern(String pattern, double v) {
        AddressPattern p;
        try {
            p = AddressPattern.compile(pattern);
        } catch (IllegalArgumentException e) {
            errors.count(OscError.BAD_PATTERN, e.getMessage());
            return;
        }
        slots.forEach((address, slot) -> {
            if (p.matches(address)) bus.set(slot, v);
        });
    }

    /**
     * The bus slot of {@code address}, created with {@code fallback} as its value if no message
     * has set it yet. For the set's {@code recv('/fader/1', 0.5)}: the render thread reads the slot.
     */
    public int slot(String address, double fallback) {
        return slots.computeIfAbsent(address, a -> {
            int s = bus.slot(slotName(a));
            bus.set(s, fallback);
            return s;
        });
    }

    /**
     * The latest value received at {@code address}, or {@code fallback} if none has come. Asking
     * registers the address like {@link #slot}, so it is stored even after a flood of other
     * addresses has used up the limit.
     */
    public double value(String address, double fallback) {
        Integer s = slots.get(address);
        return bus.get(s != null ? s : slot(address, fallback));
    }

    /** How many addresses have slots. */
    public int size() {
        return slots.size();
    }
}
