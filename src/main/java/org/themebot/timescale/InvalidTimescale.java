package org.themebot.timescale;

/**
 * Thrown for text that looks like a date but is not a real one, such as {@code 31/02/09}: most
 * likely a typo, so it is refused rather than kept as text that would never be reminded about.
 * The message names the text and says what is wrong with it.
 */
public class InvalidTimescale extends RuntimeException {

    public InvalidTimescale(String message) {
        super(message);
    }
}
