package latente.cli.play;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.dsl.port.EvalPort;
import latente.dsl.port.TokenFile;

/**
 * {@code latente send}: the editor side of the eval port. Sends code from stdin, a whole file,
 * or the block around a line of a file (the paragraph between blank lines), prints the reply,
 * and exits 0 for ok, 1 for an error. A block taken from a file is preceded by blank lines so
 * that error line numbers match the file.
 */
public final class SendCommand implements Subcommand {
    @Override
    public String name() {
        return "send";
    }

    @Override
    public String summary() {
        return "send code to a running show's eval port (for editors)";
    }

    @Override
    public String usage() {
        return """
                usage: latente send [--file F [--line N | --set]] [--cue NAME] [--port P] [--host H] [--token T]
                  no --file: the code is read from stdin
                  --file F --line N   send the block around line N of F (lines between blank lines)
                  --file F --set      send all of F as a whole set (it replaces the scene)
                  --cue NAME          switch to a scene of the running set
                  --token T           the show's token (default: $LATENTE_TOKEN, else the token file the show
                                      on this machine wrote, see docs/editors.md)
                  --port P, --host H  where the show listens (default 127.0.0.1:%d)"""
                .formatted(EvalPort.DEFAULT_PORT);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("file", "line", "cue", "port", "host", "token"), Set.of("set"));
        if (!o.positional().isEmpty()) throw new UsageException("unexpected " + o.positional().get(0));
        StringBuilder request = new StringBuilder();
        int port = o.integer("port", EvalPort.DEFAULT_PORT);
        String token = o.get("token", System.getenv("LATENTE_TOKEN"));
        if (token == null) token = TokenFile.forPort(port).read(); // the show on this machine left it for us
        if (token != null && !token.isBlank()) request.append("@token ").append(token.strip()).append('\n');
        if (o.has("cue")) {
            request.append("@cue ").append(o.get("cue", "")).append('\n');
        } else {
            String code;
            if (o.has("file")) {
                Path file = Path.of(o.get("file", ""));
                request.append("@name ").append(file.getFileName()).append('\n');
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (o.flag("set")) {
                    request.append("@set\n");
                    Path folder = file.toAbsolutePath().getParent();
                    if (folder != null) request.append("@dir ").append(folder).append('\n');
                    code = String.join("\n", lines);
                } else {
                    code = block(lines, o.integer("line", 0));
                }
            } else {
                code = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : code.split("\n", -1)) request.append(line.startsWith(".") ? "." : "").append(line).append('\n');
        }
        request.append(".\n");
        return exchange(o.get("host", "127.0.0.1"), port, request.toString(), out, err);
    }

    /** The paragraph around 1-based {@code line}, preceded by blank lines so line numbers match the file. */
    static String block(List<String> lines, int line) throws UsageException {
        if (line < 1 || line > Math.max(1, lines.size())) throw new UsageException("--line must be between 1 and " + lines.size());
        int first = line - 1;
        int last = line - 1;
        while (first > 0 && !lines.get(first - 1).isBlank()) first--;
        while (last + 1 < lines.size() && !lines.get(last + 1).isBlank()) last++;
        StringBuilder s = new StringBuilder("\n".repeat(first));
        for (int i = first; i <= last && i < lines.size(); i++) s.append(lines.get(i)).append('\n');
        return s.toString();
    }

    private static int exchange(String host, int port, String request, PrintStream out, PrintStream err) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
            s.setSoTimeout(30_000);
            Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
            w.write(request);
            w.flush();
            return printReply(s.getInputStream(), out);
        } catch (IOException e) {
            err.println("no show answering on " + host + ":" + port + " (" + e.getMessage() + "); start one with: latente play SET");
            return 1;
        }
    }

    private static int printReply(InputStream in, PrintStream out) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String status = r.readLine();
        boolean ok = "ok".equals(status);
        if (ok) out.println("ok");
        for (String line; (line = r.readLine()) != null && !line.equals("."); ) {
            out.println(line.startsWith(".") ? line.substring(1) : line);
        }
        return ok ? 0 : 1;
    }
}
