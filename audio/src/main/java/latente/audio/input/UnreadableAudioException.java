package latente.audio.input;

import java.io.IOException;

/** A file or device that cannot be used; the message is one clear line for the performer. */
public final class UnreadableAudioException extends IOException {
    public UnreadableAudioException(String message) {
        super(message);
    }
}
