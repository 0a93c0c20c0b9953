package latente.runtime.scene;

import java.util.function.DoubleSupplier;

/**
 * A live value that the control thread evaluates at the control rate (or once per frame when
 * rendering offline) and writes into a bus slot; the render thread only reads the slot.
 *
 * @param source user code (a closure, a sequence, a signal); it may throw or run long: the
 *               control loop keeps the slot's last value and reports once
 * @param label  where it was written (file:line), for error messages
 */
public record Control(int slot, DoubleSupplier source, String label) {}
