package latente.dsl.port;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import latente.dsl.show.EvalResult;

/**
 * TCP server through which editors send code to a running engine ({@link EvalProtocol}). Binds
 * 127.0.0.1 unless told otherwise. At most {@link #MAX_CLIENTS} connections at a time; a client
 * that sends no complete request for {@link #IDLE_MILLIS} is dropped ({@link DeadlineInput}).
 * I/O threads never let an exception escape.
 */
public final class EvalPort implements AutoCloseable {
    /** Default TCP port; documented in docs/editors.md. */
    public static final int DEFAULT_PORT = 7250;
    public static final int MAX_CLIENTS = 8;
    /** How long a connection may stay without completing a request. */
    public static final long IDLE_MILLIS = 30_000;

    private final EvalGate gate;
    private final ServerSocket server;
    private final PrintStream log;
    private final ThreadPoolExecutor clients = new ThreadPoolExecutor(0, MAX_CLIENTS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "latente-eval-client");
                t.setDaemon(true);
                return t;
            });
    private final long idleMillis;
    private volatile TokenFile tokenFile;
    private volatile boolean open = true;

    private EvalPort(EvalGate gate, ServerSocket server, PrintStream log, long idleMillis) {
        this.gate = gate;
        this.server = server;
        this.log = log;
        this.idleMillis = idleMillis;
    }

    /** Binds {@code address:port} (port 0: any free port) and starts accepting. */
    public static EvalPort start(EvalGate gate, InetAddress address, int port, PrintStream log) throws IOException {
        return start(gate, address, port, log, IDLE_MILLIS);
    }

    /** As {@link #start(EvalGate, InetAddress, int, PrintStream)}, dropping connections idle for {@code idleMillis}. */
    public static EvalPort start(EvalGate gate, InetAddress address, int port, PrintStream log, long idleMillis) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(address, port), 16);
        EvalPort p = new EvalPort(gate, s, log, idleMillis);
        Thread t = new Thread(p::accept, "latente-eval-port");
        t.setDaemon(true);
        t.start();
        return p;
    }

    public int port() {
        return server.getLocalPort();
    }

    public InetAddress address() {
        return server.getInetAddress();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = server.accept();
                try {
                    clients.execute(() -> serve(client));
                } catch (RejectedExecutionException e) {
                    refuse(client);
                }
            } catch (IOException e) {
                if (open) log.println("eval port: " + e.getMessage());
            } catch (RuntimeException e) {
                log.println("eval port: " + e);
            }
        }
    }

    private static void refuse(Socket client) {
        try (client) {
            Writer w = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
            EvalProtocol.write(w, EvalResult.error("too many editors connected (" + MAX_CLIENTS + "); try again"));
        } catch (IOException ignored) {
            // the client left already: nothing to tell it
        }
    }

    private void serve(Socket client) {
        try (client) {
            DeadlineInput input = new DeadlineInput(client, idleMillis);
            BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
            EvalProtocol.Request r;
            while (open && (r = EvalProtocol.read(in)) != null) {
                EvalProtocol.write(out, answer(r));
                input.restart();
            }
        } catch (IOException e) {
            // a client that hangs up mid-request is normal for editors; nothing to report
        } catch (RuntimeException e) {
            log.println("eval port: " + e);
        }
    }

    private EvalResult answer(EvalProtocol.Request r) {
        if (r.tooLarge()) return EvalResult.error("block larger than " + EvalProtocol.MAX_BLOCK_CHARS + " characters; not evaluated");
        if (r.cue() != null) return gate.cueWithToken(r.token(), r.cue());
        EvalResult result = r.wholeSet() && r.dir() != null
                ? gate.evaluateSetWithToken(r.token(), r.code(), r.name(), java.nio.file.Path.of(r.dir()))
                : gate.evaluateWithToken(r.token(), r.code(), r.name(), r.wholeSet());
        if (!result.ok()) log.println(result.error());
        return result;
    }

    /** Leaves {@code token} in {@code file} for the performer's tools while the port is open; removed at {@link #close}. */
    public void publishToken(TokenFile file, String token) throws IOException {
        file.write(token);
        tokenFile = file;
    }

    @Override
    public void close() {
        open = false;
        TokenFile t = tokenFile;
        if (t != null) t.delete();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
        clients.shutdownNow();
    }
}
