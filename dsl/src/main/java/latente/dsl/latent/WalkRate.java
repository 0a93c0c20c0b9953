package latente.dsl.latent;

import java.util.List;
import java.util.function.DoubleSupplier;
import latente.runtime.bus.ParamBus;
import latente.runtime.scene.Control;
import latente.runtime.scene.LiveSlots;

/**
 * A stream's walk rate in seed-to-seed legs per second: fixed, or live (user code the control
 * loop computes into a bus slot that {@link RateSlots} leases for it alone).
 *
 * <p>Thread contract: {@link #fixed} and {@link #live(DoubleSupplier, String)} from the eval
 * thread; {@link #assign} from the thread that ticks the latents; {@link #current} from the one
 * that makes keyframes.
 */
final class WalkRate {
    private volatile double fixed;
    /** The live rate as written (no slot yet), or null for a fixed rate. */
    private volatile Control live;
    /** The live rate in its leased slot, or empty. */
    private volatile List<Control> assigned = List.of();

    WalkRate(double fixed) {
        this.fixed = fixed;
    }

    void fixed(double legsPerSecond) {
        fixed = Math.max(0, legsPerSecond);
        live = null;
    }

    /** A live rate from {@code source} ({@code label}: where it was written); its slot is leased at the next tick. */
    void live(DoubleSupplier source, String label) {
        live = new Control(LiveSlots.UNASSIGNED, source, label);
    }

    /** The live rate as written (no slot), or null. */
    Control live() {
        return live;
    }

    /** The live rate in its own slot (null: none). */
    void assign(Control own) {
        assigned = own == null ? List.of() : List.of(own);
    }

    /** What the control loop computes: the live rate in its slot, or nothing. */
    List<Control> assigned() {
        return assigned;
    }

    /** The rate now: a live rate once it has a slot (a new one reads the old slot until its first tick), else the fixed one. */
    double current(ParamBus bus) {
        List<Control> own = assigned;
        if (live == null || own.isEmpty()) return fixed;
        return Math.max(0, bus.get(own.get(0).slot()));
    }
}
