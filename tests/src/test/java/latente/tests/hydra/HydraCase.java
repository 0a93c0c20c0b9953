package latente.tests.hydra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of the Hydra conformance catalogue ({@code tests/conformance/hydra/cases.txt}, whose
 * header describes the format): a sketch in Hydra's spelling and, where it differs, Latente's.
 *
 * @param ticks how many frames both draw; frame k (1-based) is drawn at k * dtMillis / 1000 s
 * @param stats compare statistics instead of pixels (noise and voronoi use our own hash)
 * @param image s0 holds examples/media/testcard.png
 * @param hydraBlank hydra-synth 1.4.0 draws nothing for this case because its own shader for the
 *     function does not compile; Latente draws the documented meaning (see docs/vocabulary.md)
 */
record HydraCase(String name, int ticks, double dtMillis, boolean stats, boolean image, boolean hydraBlank,
                 String hydra, String latente) {
    /** The catalogue's picture size and cases, in file order. */
    record Catalogue(int width, int height, List<HydraCase> cases) {}

    static Catalogue read(Path file) throws IOException {
        int width = 0, height = 0;
        List<HydraCase> cases = new ArrayList<>();
        String header = null;
        StringBuilder hydra = new StringBuilder(), latente = new StringBuilder();
        StringBuilder into = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#")) continue;
            if (line.startsWith("size ")) {
                String[] wh = line.substring(5).trim().split("\\s+");
                width = Integer.parseInt(wh[0]);
                height = Integer.parseInt(wh[1]);
            } else if (line.startsWith("=== ")) {
                if (header != null) cases.add(of(header, hydra, latente));
                header = line.substring(4).trim();
                hydra.setLength(0);
                latente.setLength(0);
                into = hydra;
            } else if (line.startsWith("--- latente")) {
                into = latente;
            } else if (into != null) {
                into.append(line).append('\n');
            }
        }
        if (header != null) cases.add(of(header, hydra, latente));
        if (width <= 0 || cases.isEmpty()) throw new IOException("no size line or no cases in " + file);
        return new Catalogue(width, height, List.copyOf(cases));
    }

    private static HydraCase of(String header, CharSequence hydra, CharSequence latente) {
        String[] words = header.split("\\s+");
        int ticks = 1;
        double dt = 16;
        boolean stats = false, image = false, hydraBlank = false;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.startsWith("ticks=")) ticks = Integer.parseInt(w.substring(6));
            else if (w.startsWith("dt=")) dt = Double.parseDouble(w.substring(3));
            else if (w.equals("stats")) stats = true;
            else if (w.equals("image")) image = true;
            else if (w.equals("hydra-blank")) hydraBlank = true;
            else throw new IllegalArgumentException("case " + words[0] + ": unknown flag " + w);
        }
        String h = hydra.toString().strip();
        String l = latente.toString().strip();
        return new HydraCase(words[0], ticks, dt, stats, image, hydraBlank, h, l.isEmpty() ? h : l);
    }
}
