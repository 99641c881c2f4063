package org.themebot.groups;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.commands.TextLimits;

/** Setting up a channel's theme group and reading it back. */
public final class GroupService {

    static final int MAX_NAME = 200;

    private final Jdbi jdbi;
    private final ZoneId defaultZone;

    public GroupService(Jdbi jdbi, ZoneId defaultZone) {
        this.jdbi = jdbi;
        this.defaultZone = defaultZone;
    }

    /** What a setup names; a part not given is left as it is (or defaulted, for a new group). */
    public record SetupRequest(Optional<String> name, Optional<List<String>> chairs, Optional<List<String>> secretaries) {
        public static final SetupRequest NOTHING = new SetupRequest(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The result of a setup: the group as it now is, as it was before (empty when this call created it). */
    public record Setup(ThemeGroup group, Optional<ThemeGroup> before) {
        public boolean created() {
            return before.isEmpty();
        }
    }

    public Setup setup(Invocation inv, SetupRequest request) {
        Optional<String> name = request.name().map(String::strip);
        if (name.isPresent() && name.get().isEmpty()) {
            throw new CommandError("The group needs a name after 'name'.", "");
        }
        if (name.isPresent() && TextLimits.length(name.get()) > MAX_NAME) {
            throw new CommandError("A group name is at most " + MAX_NAME + " characters.", "");
        }
        for (Optional<List<String>> people : List.of(request.chairs(), request.secretaries())) {
            if (people.isPresent() && people.get().isEmpty()) {
                throw new CommandError("Name the chair and secretary with @mentions.", "");
            }
        }
        return jdbi.inTransaction(handle -> {
            GroupStore store = handle.attach(GroupStore.class);
            var existing = store.find(inv.workspaceId(), inv.channelId());
            if (existing.isPresent()) {
                ThemeGroup group = existing.get();
                if (!group.isChairOrSecretary(inv.userId())) {
                    throw NotAllowed.officersOnly("change the group's setup", group.officers());
                }
                name.filter(n -> !n.equals(group.name())).ifPresent(n -> store.rename(group.id(), n));
                request.chairs().ifPresent(ids -> store.replaceRole(group.id(), Role.CHAIR, ids));
                request.secretaries().ifPresent(ids -> store.replaceRole(group.id(), Role.SECRETARY, ids));
                return new Setup(store.findById(group.id()).orElseThrow(), Optional.of(group));
            }
            Optional<String> board = store.boardIn(inv.workspaceId(), inv.channelId());
            if (board.isPresent()) {
                // Members see everything in a group's channel; the board sees only what groups share.
                throw new CommandError("This channel is the board of " + board.get() + "; a theme group needs a"
                        + " channel of its own.", "");
            }
            store.ensureWorkspace(inv.workspaceId(), inv.at());
            long id = store.insertGroup(inv.workspaceId(), inv.channelId(), name.orElseGet(() -> defaultName(inv)),
                    defaultZone.getId(), inv.userId(), inv.at());
            // The first person to set a channel up chairs it unless they name another.
            store.replaceRole(id, Role.CHAIR, request.chairs().orElse(List.of(inv.userId())));
            store.replaceRole(id, Role.SECRETARY, request.secretaries().orElse(List.of()));
            return new Setup(store.findById(id).orElseThrow(), Optional.empty());
        });
    }

    public ThemeGroup show(Invocation inv) {
        return require(inv);
    }

    /** Sets the group's time zone from its IANA name ("Europe/London"), any case. */
    public ThemeGroup setTimeZone(Invocation inv, String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new CommandError("Say which time zone, e.g. Europe/London.", "");
        }
        ZoneId zone = zone(text);
        return jdbi.inTransaction(handle -> {
            GroupStore store = handle.attach(GroupStore.class);
            ThemeGroup group = requireIn(store, inv);
            requireOfficer(group, inv, "change the time zone");
            store.setTimeZone(group.id(), zone.getId());
            return store.findById(group.id()).orElseThrow();
        });
    }

    /** The group of the channel a command was typed in, or a clear error saying how to set one up. */
    public ThemeGroup require(Invocation inv) {
        return requireIn(jdbi.onDemand(GroupStore.class), inv);
    }

    public static ThemeGroup requireIn(GroupStore store, Invocation inv) {
        return store.find(inv.workspaceId(), inv.channelId()).orElseThrow(() -> new CommandError(
                "This channel has no theme group yet.", "/themegroup setup name <name of the group>"));
    }

    public static void requireOfficer(ThemeGroup group, Invocation inv, String what) {
        if (!group.isChairOrSecretary(inv.userId())) {
            throw NotAllowed.officersOnly(what, group.officers());
        }
    }

    private static String defaultName(Invocation inv) {
        String channel = inv.channelName();
        return channel == null || channel.isBlank() ? "Theme Group" : "#" + channel;
    }

    private static ZoneId zone(String text) {
        // Region ids only ("Europe/London"), not offsets: a group keeps its local clock through DST.
        String match = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new CommandError("'" + text + "' is not a time zone I know (e.g. Europe/London).", ""));
        try {
            return ZoneId.of(match);
        } catch (DateTimeException e) {
            throw new CommandError("'" + text + "' is not a time zone I know (e.g. Europe/London).", "");
        }
    }
}
