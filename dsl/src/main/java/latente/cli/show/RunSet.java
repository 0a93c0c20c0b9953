package latente.cli.show;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import latente.cli.Subcommand;
import latente.cli.Subcommands;
import latente.dsl.engine.SetFile;
import latente.render.gl.GlfwWindowContext;

/**
 * {@code latente SET}: the one command a performer needs. Where a display exists it plays the set
 * (window and REPL); where none exists it renders the first seconds of the set to
 * {@code out/NAME.mp4} and says so.
 */
public final class RunSet {
    public static final double SECONDS = 10;

    private RunSet() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Subcommand play = Subcommands.match(List.of("play"));
        if (GlfwWindowContext.displayAvailable() && play != null) return play.run(args, out, err);
        SetFile set;
        try {
            set = SetFile.read(args.get(0));
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        String base = set.name().replaceFirst("\\.groovy$", "");
        Path target = Path.of("out", base + ".mp4");
        out.println("no display here: rendering " + (int) SECONDS + " s of " + args.get(0) + " to " + target
                + " (on a machine with a display this opens the stage window)");
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if (!rest.isEmpty()) err.println("ignoring " + rest + "; use 'latente render' for options");
        return RenderCommand.render(set, target, SECONDS, 1280, 720, 30, out, err);
    }
}
