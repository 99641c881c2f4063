package org.themebot.goodpractice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.themebot.people.Who;

/**
 * A good-practice example or case study a member put forward: what it is, the equality strands
 * it concerns (by name, as they were when it was submitted), and where it stands.
 */
public record Submission(long id, long groupId, int number, String title, String description, String link,
                         List<String> strands, Optional<String> principle, String submittedBy,
                         Optional<String> onBehalfOf, SubmissionStatus status, Optional<Long> meetingId,
                         Instant submittedAt) {

    public Submission {
        strands = List.copyOf(strands);
    }

    /** The short per-group reference people type: G3. */
    public String ref() {
        return ref(number);
    }

    public static String ref(int number) {
        return "G" + number;
    }

    /** Who it is from: the person it was submitted on behalf of, else whoever submitted it. */
    public Who submitter() {
        return onBehalfOf.<Who>map(Who.Named::new).orElseGet(() -> new Who.SlackUser(submittedBy));
    }

    public boolean concerns(String strand) {
        return strands.stream().anyMatch(s -> s.equalsIgnoreCase(strand));
    }

    /** The title, then the description, link, strands and principle each on a line of its own. */
    public String summary() {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        if (!description.isEmpty()) {
            lines.add(description);
        }
        if (!link.isEmpty()) {
            lines.add(link);
        }
        if (!strands.isEmpty()) {
            lines.add("Strands: " + String.join(", ", strands));
        }
        principle.ifPresent(p -> lines.add("Principle: " + p));
        return String.join("\n", lines);
    }
}
