package org.themebot.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The modals and Home tabs the bot has shown: a stack of modals per person (views.open, push,
 * update) and one published Home view each. Modals open only with a trigger id that the engine
 * handed out with one of that person's interactions, within Slack's 3 seconds.
 */
public final class Views {

    private static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(3);
    private static final int MAX_STACK = 3;

    private record Trigger(String userId, Instant expires) {
    }

    private final Clock clock;
    private final Timeline timeline;
    private final Directory directory;
    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Map<String, List<ObjectNode>> modals = new HashMap<>();
    private final Map<String, ObjectNode> homes = new HashMap<>();

    Views(Clock clock, Timeline timeline, Directory directory) {
        this.clock = clock;
        this.timeline = timeline;
        this.directory = directory;
    }

    /** A trigger id for one interaction of a person; long-expired ones are forgotten. */
    public synchronized String newTrigger(String userId) {
        Instant forgotten = clock.instant().minus(Duration.ofMinutes(10));
        triggers.values().removeIf(t -> t.expires().isBefore(forgotten));
        String id = clock.millis() / 1000 + "." + Workspace.newId("").toLowerCase(Locale.ROOT);
        triggers.put(id, new Trigger(userId, clock.instant().plus(TRIGGER_LIFETIME)));
        return id;
    }

    /** Whose trigger this is, if it is still fresh; otherwise Slack's error. */
    synchronized String userOfTrigger(String triggerId) {
        Trigger trigger = triggers.get(triggerId);
        if (trigger == null) {
            throw new WebApi.Refused("invalid_trigger_id");
        }
        if (clock.instant().isAfter(trigger.expires())) {
            throw new WebApi.Refused("expired_trigger_id");
        }
        return trigger.userId();
    }

    /** views.open (a new stack) or views.push (on top, at most three deep, as in Slack). */
    synchronized ObjectNode open(String userId, ObjectNode view, boolean push) {
        List<ObjectNode> stack = modals.computeIfAbsent(userId, u -> new ArrayList<>());
        if (!push) {
            stack.clear();
        } else if (stack.size() == MAX_STACK) {
            throw new WebApi.Refused("push_limit_reached");
        }
        ObjectNode stored = stamped(view, Workspace.newId("V"), userId);
        stack.add(stored);
        timeline.touch();
        return stored;
    }

    /** views.update of a modal or a Home tab: by id or external id; a stale hash is refused as Slack does. */
    synchronized ObjectNode update(String viewId, String externalId, String hash, ObjectNode view) {
        for (Map.Entry<String, List<ObjectNode>> stack : modals.entrySet()) {
            for (int i = 0; i < stack.getValue().size(); i++) {
                ObjectNode current = stack.getValue().get(i);
                if (matches(current, viewId, externalId)) {
                    ObjectNode updated = replacing(current, hash, view, stack.getKey());
                    stack.getValue().set(i, updated);
                    return updated;
                }
            }
        }
        for (Map.Entry<String, ObjectNode> home : homes.entrySet()) {
            if (matches(home.getValue(), viewId, externalId)) {
                ObjectNode updated = replacing(home.getValue(), hash, view, home.getKey());
                home.setValue(updated);
                return updated;
            }
        }
        throw new WebApi.Refused("not_found");
    }

    private static boolean matches(ObjectNode current, String viewId, String externalId) {
        return viewId != null ? viewId.equals(current.path("id").asText())
                : externalId != null && externalId.equals(current.path("external_id").asText(null));
    }

    private ObjectNode replacing(ObjectNode current, String hash, ObjectNode view, String userId) {
        if (hash != null && !hash.equals(current.path("hash").asText())) {
            throw new WebApi.Refused("hash_conflict");
        }
        timeline.touch();
        return stamped(view, current.path("id").asText(), userId);
    }

    /** The modal on top of a person's stack, if any. */
    synchronized Optional<ObjectNode> top(String userId) {
        List<ObjectNode> stack = modals.getOrDefault(userId, List.of());
        return stack.isEmpty() ? Optional.empty() : Optional.of(stack.get(stack.size() - 1));
    }

    /** Closes the top modal: the person cancelled it. */
    synchronized void close(String userId) {
        List<ObjectNode> stack = modals.getOrDefault(userId, new ArrayList<>());
        if (!stack.isEmpty()) {
            stack.remove(stack.size() - 1);
            timeline.touch();
        }
    }

    /**
     * Closes the modal that was submitted (or, with {@code all}, its whole stack) if it is still
     * open, as Slack does when the ack asks for nothing else. By then the bot may have opened another
     * modal in its place (views.open with the submission's trigger id, right after its ack): that one stays.
     */
    synchronized void closeSubmitted(String userId, String viewId, boolean all) {
        List<ObjectNode> stack = modals.getOrDefault(userId, new ArrayList<>());
        for (int i = 0; i < stack.size(); i++) {
            if (viewId.equals(stack.get(i).path("id").asText())) {
                if (all) {
                    stack.clear();
                } else {
                    stack.remove(i);
                }
                timeline.touch();
                return;
            }
        }
    }

    synchronized ObjectNode publish(String userId, ObjectNode view) {
        String id = Optional.ofNullable(homes.get(userId)).map(h -> h.path("id").asText())
                .orElseGet(() -> Workspace.newId("V"));
        ObjectNode stored = stamped(view, id, userId);
        homes.put(userId, stored);
        timeline.touch();
        return stored;
    }

    public synchronized Optional<ObjectNode> home(String userId) {
        return Optional.ofNullable(homes.get(userId));
    }

    /** A copy of the view as Slack returns it: with its id, a new hash, and an empty state. */
    private ObjectNode stamped(ObjectNode view, String id, String userId) {
        ObjectNode stored = view.deepCopy();
        stored.put("id", id).put("team_id", directory.team().id()).put("app_id", directory.bot().appId())
                .put("bot_id", directory.bot().botId()).put("root_view_id", id).put("user_id", userId)
                .put("hash", clock.millis() + "." + Workspace.newId("").toLowerCase(Locale.ROOT));
        stored.putObject("state").putObject("values");
        return stored;
    }
}
