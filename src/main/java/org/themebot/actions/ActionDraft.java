package org.themebot.actions;

import java.util.List;
import java.util.Optional;
import org.themebot.people.Who;

/**
 * A new action as entered, from the command's columns or the modal's fields: plain text, the
 * owners, the timescale as typed (empty for none), the agenda item to file it under when a
 * meeting is open (empty: the current item), and whether a timescale that cannot be read as a
 * date is refused (a form, which offers a date picker) rather than kept as typed (a command).
 */
public record ActionDraft(String text, List<Who> owners, String timescale, Optional<Long> agendaItemId,
                          boolean refuseUnreadableTimescale) {

    public ActionDraft {
        owners = List.copyOf(owners);
    }
}
