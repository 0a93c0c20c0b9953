package latente.cli;

import latente.runtime.record.OutputFormats;

/** Refuses an output name the recorder cannot write as a usage error (exit 2), before anything starts. */
public final class OutputFormatCheck {
    private OutputFormatCheck() {}

    public static OutputFormats.Target check(String out, String format) throws UsageException {
        try {
            return OutputFormats.resolve(out, format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
