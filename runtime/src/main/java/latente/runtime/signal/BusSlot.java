package latente.runtime.signal;

import latente.runtime.bus.ParamBus;

/**
 * A slot index with the bus it belongs to, cached by signals that read the bus. A record has only
 * final fields, so a thread that sees the reference also sees both values.
 */
record BusSlot(ParamBus bus, int slot) {}
