package latente.cli.sync;

import java.io.PrintStream;
import java.util.List;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.osc.OscMessage;
import latente.runtime.osc.OscOut;

/** {@code latente osc send HOST:PORT /addr args...}: sends one message. */
public final class OscSendCommand implements Subcommand {
    @Override
    public String name() {
        return "osc send";
    }

    @Override
    public String summary() {
        return "send one OSC message: HOST:PORT /address args...";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente osc send HOST:PORT /address [ARG...]",
                "  ARG types: 12 -> i, 0.5 -> f, true/false -> T/F, nil -> N, other text -> s;",
                "  force a type with a prefix: i:12 f:1 d:0.5 h:9000000000 s:42",
                "example: latente osc send 127.0.0.1:57125 /fader/1 0.75");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() < 2) throw new UsageException("needs HOST:PORT and an /address");
        String address = args.get(1);
        if (!address.startsWith("/")) throw new UsageException("an OSC address starts with '/', got '" + address + "'");
        StringBuilder types = new StringBuilder();
        Object[] values = new Object[args.size() - 2];
        for (int i = 2; i < args.size(); i++) {
            Object v = parse(args.get(i));
            types.append(tag(args.get(i), v));
            values[i - 2] = v;
        }
        OscMessage m = new OscMessage(address, types.toString(), java.util.Arrays.asList(values));
        try (OscOut o = OscOut.to(args.get(0), err::println)) {
            if (!o.send(m)) return 1;
            out.println("sent " + m.describe() + " to " + o.target());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return 0;
    }

    static Object parse(String a) throws UsageException {
        try {
            if (a.startsWith("i:")) return Integer.parseInt(a.substring(2));
            if (a.startsWith("f:")) return Float.parseFloat(a.substring(2));
            if (a.startsWith("d:")) return Double.parseDouble(a.substring(2));
            if (a.startsWith("h:")) return Long.parseLong(a.substring(2));
        } catch (NumberFormatException e) {
            throw new UsageException("'" + a + "' is not a number of that type");
        }
        if (a.startsWith("s:")) return a.substring(2);
        if (a.equals("true")) return Boolean.TRUE;
        if (a.equals("false")) return Boolean.FALSE;
        if (a.equals("nil")) return null;
        if (a.matches("-?\\d{1,9}")) return Integer.parseInt(a);
        if (a.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return Float.parseFloat(a);
        return a;
    }

    private static char tag(String raw, Object v) {
        if (raw.startsWith("d:")) return 'd';
        if (v instanceof Boolean b) return b ? 'T' : 'F';
        if (v == null) return 'N';
        if (v instanceof Integer) return 'i';
        if (v instanceof Long) return 'h';
        if (v instanceof Float) return 'f';
        return 's';
    }
}
