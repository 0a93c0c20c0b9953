package latente.runtime.model.garden;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.model.Progress;

/**
 * The "weights" of a garden model: square exemplar images, each belonging to a named family.
 * Images are planar RGB (three n×n planes, row-major) with values in [-1, 1]; the i-th image
 * belongs to family {@code family[i]}, an index into {@link #families}.
 */
public record ExemplarBank(int size, List<String> families, int[] family, List<float[]> images) {

    public ExemplarBank {
        if (family.length != images.size()) throw new IllegalArgumentException("one family per image");
        for (float[] im : images) {
            if (im.length != 3 * size * size) throw new IllegalArgumentException("exemplar is not 3x" + size + "x" + size);
        }
    }

    /** The built-in bank: {@code perFamily} exemplars of each procedural family, deterministic. */
    public static ExemplarBank procedural(int size, int perFamily, Progress progress) {
        List<float[]> images = new ArrayList<>();
        int[] family = new int[Families.NAMES.size() * perFamily];
        int i = 0;
        for (int f = 0; f < Families.NAMES.size(); f++) {
            for (int s = 0; s < perFamily; s++) {
                images.add(Families.render(Families.NAMES.get(f), s, size));
                family[i++] = f;
                progress.step();
            }
        }
        return new ExemplarBank(size, Families.NAMES, family, images);
    }

    public int count() {
        return images.size();
    }
}
