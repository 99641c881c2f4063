package org.themebot.partnership;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A partnership board: its channel, its own chairs and secretaries (Slack user ids), and whether
 * its monthly board report is on; no monthly report due before {@code reportsFrom} is sent.
 */
public record Partnership(long id, String workspaceId, String channelId, String name, ZoneId zone,
                          List<String> chairs, List<String> secretaries, boolean monthlyReport,
                          Optional<Instant> reportsFrom, Instant createdAt) {

    public Partnership {
        chairs = List.copyOf(chairs);
        secretaries = List.copyOf(secretaries);
    }

    public boolean isChairOrSecretary(String userId) {
        return chairs.contains(userId) || secretaries.contains(userId);
    }

    /** Chairs then secretaries, each once. */
    public List<String> officers() {
        return Stream.concat(chairs.stream(), secretaries.stream()).distinct().toList();
    }
}
