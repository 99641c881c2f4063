package org.themebot.actions;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.themebot.people.Who;

/** One entry of an action's history: who did what to it, and when. */
public record ActionEvent(long actionId, Kind kind, String detail, String actor, Instant at) {

    public enum Kind {
        CREATED, UPDATE, DONE, REDATED, REASSIGNED, DROPPED, REOPENED;

        String storeName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(String stored) {
            return valueOf(stored.toUpperCase(Locale.ROOT));
        }
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
