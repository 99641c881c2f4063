package org.themebot.it;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** What the database holds about a channel's actions, read straight from the tables. */
public final class StoredActions {

    private final Jdbi jdbi;
    private final String channelId;

    public StoredActions(Jdbi jdbi, String channelId) {
        this.jdbi = jdbi;
        this.channelId = channelId;
    }

    /** The action row (number, text, timescale, due_date, status) with that number in the channel's group. */
    public Optional<Map<String, Object>> action(int number) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT a.id, a.number, a.text, a.timescale, a.due_date, a.status FROM action a
                        JOIN theme_group g ON g.id = a.group_id WHERE g.channel_id = :channel AND a.number = :number
                        """)
                .bind("channel", channelId).bind("number", number).mapToMap().findOne());
    }

    /** How many actions the channel's group has. */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM action a JOIN theme_group g ON g.id = a.group_id WHERE g.channel_id = :channel
                        """)
                .bind("channel", channelId).mapTo(Long.class).one());
    }

    /** Owners in order, as "kind:value" (user:U0SUE, name:Debbie Briggs, all:ALL). */
    public List<String> owners(int number) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT o.kind || ':' || o.value FROM action_owner o JOIN action a ON a.id = o.action_id
                        JOIN theme_group g ON g.id = a.group_id
                        WHERE g.channel_id = :channel AND a.number = :number ORDER BY o.position
                        """)
                .bind("channel", channelId).bind("number", number).mapTo(String.class).list());
    }

    /** The action's history, oldest first, as event kinds (created, update, done, …). */
    public List<String> history(int number) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.kind FROM action_event e JOIN action a ON a.id = e.action_id
                        JOIN theme_group g ON g.id = a.group_id
                        WHERE g.channel_id = :channel AND a.number = :number ORDER BY e.id
                        """)
                .bind("channel", channelId).bind("number", number).mapTo(String.class).list());
    }

    /** The action's history, oldest first, as "kind: detail". */
    public List<String> historyDetails(int number) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.kind || ': ' || e.detail FROM action_event e JOIN action a ON a.id = e.action_id
                        JOIN theme_group g ON g.id = a.group_id
                        WHERE g.channel_id = :channel AND a.number = :number ORDER BY e.id
                        """)
                .bind("channel", channelId).bind("number", number).mapTo(String.class).list());
    }

    /** Whether the channel has a theme group. */
    public boolean hasGroup() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM theme_group WHERE channel_id = :channel")
                .bind("channel", channelId).mapTo(Long.class).one()) > 0;
    }
}
