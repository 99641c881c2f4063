package org.themebot.groups;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.commands.SlackText;
import org.themebot.commands.WhoParser;
import org.themebot.people.Who;

/** Setting up a channel's theme group and reading it back. */
public final class GroupService {

    public static final String SETUP_FORM = "/themegroup setup [name <name>] [chair <@person>] [secretary <@person>]";
    public static final String TIMEZONE_FORM = "/themegroup timezone <IANA zone, e.g. Europe/London>";

    /**
     * Where a part of the setup text starts: "name" first or after a mention; "chair" and
     * "secretary" only before an @mention (they must be Slack users). So a name may contain
     * those words ("Chair of Chairs", "Secretary of State Liaison").
     */
    private static final Pattern SETUP_KEYWORD = Pattern.compile(
            "(?i)(?:^|(?<=>)\\s*)(name)(?=\\s|$)|(?:^|\\s)(chairs?|secretar(?:y|ies))(?=\\s+<@)");

    private final Jdbi jdbi;
    private final ZoneId defaultZone;

    public GroupService(Jdbi jdbi, ZoneId defaultZone) {
        this.jdbi = jdbi;
        this.defaultZone = defaultZone;
    }

    /** The result of a setup: the group as it now is, and whether this call created it. */
    public record Setup(ThemeGroup group, boolean created) {
    }

    public Setup setup(Invocation inv, String args) {
        Map<String, String> parts = setupParts(args);
        String name = parts.containsKey("name") ? SlackText.plain(parts.get("name")).strip() : null;
        if (name != null && name.isEmpty()) {
            throw new CommandError("The group needs a name after 'name'.", SETUP_FORM);
        }
        if (name != null && name.length() > 200) {
            throw new CommandError("A group name is at most 200 characters.", SETUP_FORM);
        }
        List<String> chairs = parts.containsKey("chair") ? slackUsers("chair", parts.get("chair")) : null;
        List<String> secretaries = parts.containsKey("secretary") ? slackUsers("secretary", parts.get("secretary")) : null;

        return jdbi.inTransaction(handle -> {
            GroupStore store = handle.attach(GroupStore.class);
            var existing = store.find(inv.workspaceId(), inv.channelId());
            if (existing.isPresent()) {
                ThemeGroup group = existing.get();
                if (!group.isChairOrSecretary(inv.userId())) {
                    throw NotAllowed.officersOnly("change the group's setup", group.officers());
                }
                if (name != null) {
                    store.rename(group.id(), name);
                }
                if (chairs != null) {
                    store.replaceRole(group.id(), Role.CHAIR, chairs);
                }
                if (secretaries != null) {
                    store.replaceRole(group.id(), Role.SECRETARY, secretaries);
                }
                return new Setup(store.findById(group.id()).orElseThrow(), false);
            }
            store.ensureWorkspace(inv.workspaceId(), inv.at());
            String groupName = name != null ? name : defaultName(inv);
            long id = store.insertGroup(inv.workspaceId(), inv.channelId(), groupName, defaultZone.getId(),
                    inv.userId(), inv.at());
            // The first person to set a channel up chairs it unless they name another.
            store.replaceRole(id, Role.CHAIR, chairs != null ? chairs : List.of(inv.userId()));
            store.replaceRole(id, Role.SECRETARY, secretaries != null ? secretaries : List.of());
            return new Setup(store.findById(id).orElseThrow(), true);
        });
    }

    public ThemeGroup show(Invocation inv) {
        return require(inv);
    }

    public ThemeGroup setTimeZone(Invocation inv, String args) {
        String text = args.strip();
        if (text.isEmpty()) {
            throw new CommandError("Say which time zone.", TIMEZONE_FORM);
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
                "This channel has no theme group yet.", SETUP_FORM));
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
                .orElseThrow(() -> new CommandError("'" + text + "' is not a time zone I know.", TIMEZONE_FORM));
        try {
            return ZoneId.of(match);
        } catch (DateTimeException e) {
            throw new CommandError("'" + text + "' is not a time zone I know.", TIMEZONE_FORM);
        }
    }

    /** name/chair/secretary segments of the setup text; anything before the first keyword is an error. */
    private static Map<String, String> setupParts(String args) {
        Map<String, String> parts = new LinkedHashMap<>();
        String text = args.strip();
        if (text.isEmpty()) {
            return parts;
        }
        Matcher m = SETUP_KEYWORD.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            marks.add(new int[] {m.start(group), m.end(group)});
        }
        if (marks.isEmpty() || !text.substring(0, marks.get(0)[0]).isBlank()) {
            throw new CommandError("I could not read '" + SlackText.plain(text) + "' (chair and secretary are @mentions).",
                    SETUP_FORM);
        }
        for (int i = 0; i < marks.size(); i++) {
            String keyword = text.substring(marks.get(i)[0], marks.get(i)[1]).toLowerCase(Locale.ROOT);
            String key = keyword.startsWith("name") ? "name" : keyword.startsWith("chair") ? "chair" : "secretary";
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            if (parts.put(key, text.substring(marks.get(i)[1], end).strip()) != null) {
                throw new CommandError("Give the " + key + " once.", SETUP_FORM);
            }
        }
        return parts;
    }

    private static List<String> slackUsers(String role, String text) {
        List<Who> people = WhoParser.parse(text);
        if (people.isEmpty()) {
            throw new CommandError("Name the " + role + " with an @mention.", SETUP_FORM);
        }
        List<String> ids = new ArrayList<>();
        for (Who who : people) {
            if (!(who instanceof Who.SlackUser user)) {
                throw new CommandError("The " + role + " must be a Slack user, @mentioned (not '"
                        + (who instanceof Who.Named n ? n.name() : "ALL") + "').", SETUP_FORM);
            }
            ids.add(user.userId());
        }
        return ids;
    }
}
