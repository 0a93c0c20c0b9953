package latente.runtime.osc;

/** An OSC 1.0 packet: a {@link OscMessage} or a {@link OscBundle}. */
public sealed interface OscPacket permits OscMessage, OscBundle {}
