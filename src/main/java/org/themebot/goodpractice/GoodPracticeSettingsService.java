package org.themebot.goodpractice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;

/** /themegroup strands and /themegroup principles: what a group's good practice is described by. */
public final class GoodPracticeSettingsService {

    /** Strands become CSV columns and modal options: a short list of short names. */
    static final int MAX_STRANDS = 20;
    static final int MAX_STRAND_NAME = 60;
    static final int MAX_PRINCIPLES = 20;
    /** Slack takes at most 150 characters as the value of a modal's option. */
    static final int MAX_PRINCIPLE = 150;

    private final Jdbi jdbi;

    public GoodPracticeSettingsService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A group's settings as they now are. */
    public record Changed(ThemeGroup group, GoodPracticeSettings settings) {
    }

    public GoodPracticeSettings of(ThemeGroup group) {
        return jdbi.onDemand(GroupSettingsStore.class).settings(group.id());
    }

    /** Sets the strands the group tracks ("default": the statutory six); submissions keep the strands they were given. */
    public Changed setStrands(Invocation inv, String commaList) {
        String plain = commaList.strip();
        List<String> names = plain.equalsIgnoreCase("default") ? List.of()
                : commaList(plain, MAX_STRANDS, MAX_STRAND_NAME, "strand");
        return officersChange(inv, "change the group's strands", (store, group) -> store.replaceStrands(group.id(), names));
    }

    /** Sets the group's guiding principles from a comma list ("none": no principles). */
    public Changed setPrinciples(Invocation inv, String commaList) {
        String plain = commaList.strip();
        List<String> names = plain.equalsIgnoreCase("none") ? List.of()
                : commaList(plain, MAX_PRINCIPLES, MAX_PRINCIPLE, "principle");
        return officersChange(inv, "change the group's principles",
                (store, group) -> store.replacePrinciples(group.id(), names));
    }

    @FunctionalInterface
    private interface SettingsChange {
        void apply(GroupSettingsStore store, ThemeGroup group);
    }

    private Changed officersChange(Invocation inv, String what, SettingsChange change) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, what);
            GroupSettingsStore store = handle.attach(GroupSettingsStore.class);
            change.apply(store, group);
            return new Changed(group, store.settings(group.id()));
        });
    }

    /** The names a comma list gives, in order, spaces tidied; empty parts are skipped and a repeated name refused. */
    static List<String> commaList(String plain, int maxItems, int maxLength, String what) {
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String piece : plain.split(",")) {
            String item = piece.strip().replaceAll("\\s+", " ");
            if (item.isEmpty()) {
                continue;
            }
            if (TextLimits.length(item) > maxLength) {
                throw new CommandError("A " + what + " is at most " + maxLength + " characters; '" + item + "' has "
                        + TextLimits.length(item) + ".", "");
            }
            if (!seen.add(Strands.key(item))) {
                throw new CommandError("'" + item + "' is in the list twice.", "");
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new CommandError("Give at least one " + what + ", separated by commas.", "");
        }
        if (items.size() > maxItems) {
            throw new CommandError("A group has at most " + maxItems + " " + what + "s; this list has " + items.size()
                    + ".", "");
        }
        return items;
    }
}
