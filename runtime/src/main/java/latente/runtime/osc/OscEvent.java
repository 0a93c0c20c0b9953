package latente.runtime.osc;

/** A received OSC message and when it was delivered (nanoseconds on the engine's time source). */
public record OscEvent(long nanos, OscMessage message) {}
