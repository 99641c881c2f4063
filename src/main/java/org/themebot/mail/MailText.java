package org.themebot.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.themebot.people.Names;
import org.themebot.people.Who;

/** Plain-text pieces the mails share, worded as the Slack messages word them; MailBody escapes them. */
final class MailText {

    /** "Wed 3 Sep 2008", as in the Slack messages. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    static final int SUBJECT_TEXT = 120;

    private MailText() {
    }

    /**
     * The timescale as typed, with the date it resolved to: "Sept 08 (due Tue 30 Sep 2008)", or "no
     * date"; action notes already give a relative one its date ("in 2 weeks (by 15 Dec 2026)").
     */
    static String timescale(String typed, Optional<LocalDate> due) {
        String written = typed.strip();
        if (due.isEmpty()) {
            return written.isEmpty() ? "no date" : written + " (no date)";
        }
        if (written.endsWith(")") && written.contains(" (by ")) {
            return written;
        }
        String date = "due " + DAY.format(due.get());
        return written.isEmpty() ? date : written + " (" + date + ")";
    }

    /** Owners by name, as the Who column shows them: "Balbir Sohal / Cllr Kevin Foster". */
    static String owners(List<Who> owners, Names names) {
        return owners.isEmpty() ? "no owner yet" : names.joined(owners);
    }

    static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }

    /** Text for a subject line: its first line, cut with an ellipsis. */
    static String cut(String text, int max) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= max ? line : line.substring(0, max - 1).stripTrailing() + "…";
    }
}
