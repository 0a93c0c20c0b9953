package latente.runtime.record;

/**
 * Seam to the audio input (implemented where the audio branch is wired): what a recording that
 * starts now should mux. Thread contract: called from the thread that starts a recording.
 */
public interface ShowAudio {
    /** The audio file playing now, with its current position in seconds as {@link AudioTrack#positionAtStart}, or null. */
    AudioTrack playingFile();

    /** The live input to capture, or null. */
    PcmSource liveInput();

    ShowAudio NONE = new ShowAudio() {
        @Override
        public AudioTrack playingFile() {
            return null;
        }

        @Override
        public PcmSource liveInput() {
            return null;
        }
    };
}
