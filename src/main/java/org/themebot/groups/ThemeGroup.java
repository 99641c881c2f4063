package org.themebot.groups;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** A theme group, bound to one channel of one workspace. Chairs and secretaries are Slack user ids. */
public record ThemeGroup(long id, String workspaceId, String channelId, String name, ZoneId zone,
                         List<String> chairs, List<String> secretaries, Instant createdAt) {

    public boolean isChairOrSecretary(String userId) {
        return chairs.contains(userId) || secretaries.contains(userId);
    }

    /** Chairs then secretaries, each once: the people who may do everything. */
    public List<String> officers() {
        return Stream.concat(chairs.stream(), secretaries.stream()).distinct().toList();
    }
}
