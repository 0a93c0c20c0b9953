package latente.runtime.scene;

/**
 * One argument of a chain call, as the language evaluated it. Immutable.
 *
 * <p>Numbers are inlined into the shader; everything that moves (closures, sequences, audio,
 * OSC) is a {@link Slot} read from the parameter bus every frame; textures are
 * {@link ChainArg}, {@link OutputRef} or {@link SourceRef}.
 */
public sealed interface Arg {
    /** A constant, inlined into GLSL. */
    record Num(double value) implements Arg {}

    /**
     * A live value: the bus slot that the render thread reads.
     *
     * @param control what computes the slot on the control thread, or null when another thread
     *                (audio, OSC, MIDI, clock) writes it
     */
    record Slot(int slot, Control control) implements Arg {}

    /** A nested chain, evaluated at the same coordinate (e.g. the argument of blend). */
    record ChainArg(Chain chain) implements Arg {}

    /** An output o0..o3, sampled as a texture (its previous frame). */
    record OutputRef(int index) implements Arg {}

    /** A source s0..s3 (image, video, camera or model stream), sampled as a texture. */
    record SourceRef(int index) implements Arg {}
}
