package org.themebot.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.themebot.groups.ThemeGroup;

/**
 * The answer to /action list: which actions, chosen how ("Open actions", or "Open actions of" a
 * person), as of which day in the group's zone.
 */
public record ActionList(ThemeGroup group, String description, Optional<String> ofUserId, List<Action> actions,
                         LocalDate today) {
}
