package latente.runtime.model;

/**
 * One keyframe to generate.
 *
 * @param conditioning the prompt mix
 * @param noise unit Gaussian, {@link LatentModel#noiseLength()} floats (not modified)
 * @param steps sampler steps, 1..8
 * @param init image-to-image source (interleaved RGB in [0, 1], the model's size) or null
 * @param strength how much of {@code init} is repainted: 0 keeps it, 1 ignores it
 */
public record Request(Conditioning conditioning, float[] noise, int steps, float[] init, float strength) {
    public static final int MAX_STEPS = 8;

    public Request {
        if (steps < 1 || steps > MAX_STEPS) throw new IllegalArgumentException("steps must be 1.." + MAX_STEPS + ", got " + steps);
        if (strength < 0 || strength > 1) throw new IllegalArgumentException("strength must be in [0, 1], got " + strength);
    }

    public static Request of(Conditioning conditioning, float[] noise, int steps) {
        return new Request(conditioning, noise, steps, null, 1f);
    }

    /** The same request, repainting {@code init} at {@code strength}. */
    public Request from(float[] init, float strength) {
        return new Request(conditioning, noise, steps, init, strength);
    }
}
