package org.themebot.mail;

import java.time.Instant;
import java.util.Optional;

/**
 * What the mail links' pages change, and read to say what will happen; implemented over the
 * actions and contacts services. The pages call the changes inside the transaction that records
 * the link as used, so a change and its link's use commit together. A change may throw
 * {@link org.themebot.commands.CommandError} to refuse: its message is shown, nothing changes,
 * and the link stays unused.
 */
public interface LinkActions {

    /** An action as a link's page shows it. */
    record LinkedAction(String ref, String text, String groupName, boolean open) {
    }

    /**
     * What a confirmed link did, as a sentence for its page ("A3 is marked done; the group's
     * channel has been told."). {@code changed} false: nothing changed (it was done already), and
     * the link stays unused.
     */
    record Outcome(boolean changed, String message) {

        public static Outcome changed(String message) {
            return new Outcome(true, message);
        }

        public static Outcome unchanged(String message) {
            return new Outcome(false, message);
        }
    }

    Optional<LinkedAction> action(long actionId);

    Optional<String> groupName(long groupId);

    /** Marks the action done by {@code personName} ("done by Cllr Kevin Foster (by e-mail)") and tells the channel. */
    Outcome markDone(long actionId, String personName, Instant at);

    /** Adds {@code text} (plain, checked for length) to the action's history as {@code personName}'s update. */
    Outcome addUpdate(long actionId, String personName, String text, Instant at);

    /** Stops the group's reminders and digests by mail to {@code personName}. */
    Outcome unsubscribe(long groupId, String personName, Instant at);
}
