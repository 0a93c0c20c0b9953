package latente.render;

import java.util.ArrayList;
import java.util.List;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Call;
import latente.runtime.scene.Chain;

/** Builds chains in tests without the Groovy language: {@code chain("osc", 10).then("rotate", 1)}. */
final class Chains {
    private Chains() {}

    static Call call(String name, Object... args) {
        List<Arg> a = new ArrayList<>();
        for (Object o : args) {
            if (o instanceof Number n) a.add(new Arg.Num(n.doubleValue()));
            else if (o instanceof Chain c) a.add(new Arg.ChainArg(c));
            else if (o instanceof Arg arg) a.add(arg);
            else throw new IllegalArgumentException(String.valueOf(o));
        }
        return new Call(name, a, "test.groovy", 1);
    }

    static Chain chain(String name, Object... args) {
        return Chain.of(call(name, args));
    }

    static Chain then(Chain c, String name, Object... args) {
        return c.then(call(name, args));
    }
}
