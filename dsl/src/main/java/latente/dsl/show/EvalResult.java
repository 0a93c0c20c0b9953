package latente.dsl.show;

/** The outcome of one evaluation: success (with the value of the last expression) or a message. */
public record EvalResult(boolean ok, Object value, String error) {
    public static EvalResult success(Object value) {
        return new EvalResult(true, value, null);
    }

    public static EvalResult error(String message) {
        return new EvalResult(false, null, message);
    }
}
