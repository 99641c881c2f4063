package org.themebot.actions;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.themebot.people.Who;

/**
 * One entry of an action's history: who did what to it, and when. The actor is a Slack user id,
 * or an owner outside Slack who confirmed a mail link ({@link #byMail}).
 */
public record ActionEvent(long actionId, Kind kind, String detail, String actor, Instant at) {

    /** How an actor outside Slack is kept: no Slack user id has a colon. */
    private static final String BY_MAIL = "mail:";

    public enum Kind {
        CREATED, UPDATE, DONE, REDATED, REASSIGNED, DROPPED, REOPENED;

        String storeName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(String stored) {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        }
    }

    /** The actor for someone outside Slack acting through a link in a mail: "done by Cllr Kevin Foster (by e-mail)". */
    public static String byMail(String personName) {
        return BY_MAIL + personName;
    }

    /** The name of the person outside Slack an actor stands for; empty for a Slack user. */
    public static Optional<String> mailedBy(String actor) {
        return actor.startsWith(BY_MAIL) ? Optional.of(actor.substring(BY_MAIL.length())) : Optional.empty();
    }

    /** A reassignment keeps the new owners as data, so they are shown by their names at any time. */
    static String ownersDetail(List<Who> owners) {
        return owners.stream().map(o -> o.kind() + ":" + o.value()).collect(Collectors.joining("\n"));
    }

    /** The owners a REASSIGNED event handed the action to. */
    public List<Who> reassignedTo() {
        if (kind != Kind.REASSIGNED || detail.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(detail.split("\n"))
                .map(entry -> entry.split(":", 2))
                .map(parts -> Who.of(parts[0], parts[1]))
                .toList();
    }
}
