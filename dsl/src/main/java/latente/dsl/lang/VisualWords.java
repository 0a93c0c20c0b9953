package latente.dsl.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import latente.dsl.show.ShowControl;
import latente.render.vocab.Param;
import latente.runtime.bus.ParamBus;

/**
 * The visual words beyond the vocabulary table: setFunction, setResolution, and the globals
 * {@code mouse} and {@code resolution}. LatenteScript delegates here in one line each.
 */
public final class VisualWords {
    private VisualWords() {}

    /**
     * Hydra's setFunction: {@code setFunction(name: 'wobble', type: 'color', inputs: [[name: 'amount',
     * type: 'float', default: 0.5]], glsl: '...')}. The function is usable at once, from any chain
     * of this show; it stays defined only if the evaluation succeeds.
     */
    static void setFunction(ShowControl show, Map<String, ?> spec, CallSite site) {
        Object name = spec.get("name");
        Object type = spec.get("type");
        Object glsl = spec.get("glsl");
        Object inputs = spec.get("inputs");
        List<Param> params = new ArrayList<>();
        if (inputs != null) {
            if (!(inputs instanceof List<?> list)) throw new LanguageException("setFunction: inputs is a list of [name:, type:, default:] maps", site);
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m) || !(m.get("name") instanceof CharSequence n)) {
                    throw new LanguageException("setFunction: each input is a map such as [name: 'amount', type: 'float', default: 1]", site);
                }
                String t = m.get("type") == null ? "float" : m.get("type").toString();
                Object d = m.get("default");
                if (t.equals("sampler2D")) {
                    params.add(Param.tex(n.toString()));
                } else {
                    double dv = d instanceof Number num ? num.doubleValue() : 0;
                    params.add(new Param(n.toString(), t, dv));
                }
            }
        }
        try {
            show.defineFunction(table -> table.define(name == null ? null : name.toString(), type == null ? null : type.toString(),
                    params, glsl == null ? null : glsl.toString()));
        } catch (IllegalArgumentException e) {
            throw new LanguageException(e.getMessage(), site);
        }
    }

    static void setResolution(ShowControl show, Number width, Number height, CallSite site) {
        try {
            show.link().requestResolution(width.intValue(), height.intValue());
        } catch (IllegalArgumentException e) {
            throw new LanguageException(e.getMessage(), site);
        }
    }

    static void renderScale(ShowControl show, Object scale, CallSite site) {
        try {
            if ("auto".equals(String.valueOf(scale))) show.link().renderScale(Double.NaN);
            else if (scale instanceof Number n) show.link().renderScale(n.doubleValue());
            else throw new IllegalArgumentException("renderScale takes 'auto' or a number above 0, at most 1 (got " + scale + ")");
        } catch (IllegalArgumentException e) {
            throw new LanguageException(e.getMessage(), site);
        }
    }

    /** {@code mouse.x}, {@code mouse.y}: the pointer over the stage window in pixels, from the bus. */
    public static final class Mouse {
        private final ParamBus bus;
        private final int x;
        private final int y;

        Mouse(ParamBus bus) {
            this.bus = bus;
            this.x = bus.slot("mouse:x");
            this.y = bus.slot("mouse:y");
        }

        public double getX() {
            return bus.get(x);
        }

        public double getY() {
            return bus.get(y);
        }

        @Override
        public String toString() {
            return "mouse(" + getX() + ", " + getY() + ")";
        }
    }

    /** {@code resolution.x}, {@code resolution.y}: the outputs' size in pixels. */
    public record Resolution(int x, int y) {
        static Resolution of(ShowControl show) {
            long s = show.link().outputSize();
            return new Resolution((int) (s >>> 32), (int) s);
        }

        public int getX() {
            return x;
        }

        public int getY() {
            return y;
        }
    }
}
