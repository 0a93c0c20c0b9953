package latente.runtime.model.garden;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import latente.runtime.model.ModelException;
import latente.runtime.model.Progress;

/**
 * A bank from the user's own PNG/JPEG files: each image is centre-cropped to a square and
 * resized to the model size. Families are either one (named after the folder) or one per
 * subfolder. Unreadable files are skipped and reported; more images than a model holds at
 * speed are thinned evenly per family.
 */
public final class ImageFolderBank {
    public static final int MIN_IMAGES = 2;
    /** Exemplars a model holds: a step matches at most GardenLayout.MAX_ACTIVE of them (the index picks), but memory grows with all. */
    public static final int MAX_EXEMPLARS = 256;

    /** The bank plus what was skipped ("file: reason") and how many readable images were left out. */
    public record Result(ExemplarBank bank, List<String> skipped, int unused) { }

    private ImageFolderBank() {}

    public static Result read(Path dir, int size, boolean familiesFromSubfolders, Progress progress) throws ModelException {
        if (!Files.isDirectory(dir)) throw new ModelException("image folder not found: " + dir);
        List<String> familyNames = new ArrayList<>();
        List<List<Path>> perFamily = new ArrayList<>();
        try {
            if (familiesFromSubfolders) {
                for (Path sub : sorted(Files.list(dir))) {
                    if (!Files.isDirectory(sub)) continue;
                    List<Path> files = imageFiles(sub);
                    if (files.isEmpty()) continue;
                    familyNames.add(familyName(sub));
                    perFamily.add(files);
                }
                if (familyNames.isEmpty()) throw new ModelException(dir + ": no subfolders with images (--families-from-subfolders)");
            } else {
                familyNames.add(familyName(dir));
                perFamily.add(imageFiles(dir));
            }
        } catch (IOException e) {
            throw new ModelException(dir + ": cannot list images (" + e.getMessage() + ")", e);
        }
        int total = perFamily.stream().mapToInt(List::size).sum();
        progress.total(total);

        List<String> skipped = new ArrayList<>();
        List<List<float[]>> images = new ArrayList<>();
        for (List<Path> files : perFamily) {
            List<float[]> ok = new ArrayList<>();
            for (Path f : files) {
                try {
                    BufferedImage im = ImageIO.read(f.toFile());
                    if (im == null) skipped.add(f + ": not an image this program can read");
                    else ok.add(ImageResize.squarePlanar(im, size));
                } catch (IOException | RuntimeException e) {
                    skipped.add(f + ": " + e.getMessage());
                }
                progress.step();
            }
            images.add(ok);
        }
        int readable = images.stream().mapToInt(List::size).sum();
        if (readable < MIN_IMAGES) {
            throw new ModelException(dir + ": " + readable + " readable image(s), a model needs at least " + MIN_IMAGES
                    + (skipped.isEmpty() ? "" : " (skipped: " + String.join("; ", skipped) + ")"));
        }
        return thin(size, familyNames, images, skipped, readable);
    }

    /** Keeps at most MAX_EXEMPLARS: quotas dealt to families in turn, picks spread over each family's files. */
    private static Result thin(int size, List<String> names, List<List<float[]>> images, List<String> skipped, int readable) {
        int[] quota = new int[names.size()];
        int dealt = 0;
        boolean more = true;
        while (more && dealt < MAX_EXEMPLARS) {
            more = false;
            for (int f = 0; f < names.size() && dealt < MAX_EXEMPLARS; f++) {
                if (quota[f] < images.get(f).size()) {
                    quota[f]++;
                    dealt++;
                    more = true;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        List<float[]> chosen = new ArrayList<>();
        List<Integer> family = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            if (quota[f] == 0) continue;                 // every file of this family was unreadable
            kept.add(names.get(f));
            List<float[]> list = images.get(f);
            for (int i = 0; i < quota[f]; i++) {
                chosen.add(list.get((int) ((long) i * list.size() / quota[f])));
                family.add(kept.size() - 1);
            }
        }
        int[] fam = family.stream().mapToInt(Integer::intValue).toArray();
        return new Result(new ExemplarBank(size, List.copyOf(kept), fam, chosen), List.copyOf(skipped), readable - chosen.size());
    }

    private static List<Path> imageFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
            }).sorted().toList();
        }
    }

    private static List<Path> sorted(Stream<Path> s) {
        try (s) {
            return s.sorted().toList();
        }
    }

    /** A prompt word: the folder name in lower case, spaces and punctuation turned into '-'. */
    static String familyName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        String n = name == null ? "images" : name.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return n.isEmpty() ? "images" : n;
    }
}
