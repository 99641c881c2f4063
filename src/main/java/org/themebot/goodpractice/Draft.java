package org.themebot.goodpractice;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.commands.Columns;
import org.themebot.commands.CommandError;
import org.themebot.commands.SlackText;

/**
 * A submission as given, in plain text, before it is checked: from the command's columns or the
 * modal's fields. Strands are a comma list of names, aliases or prefixes; empty parts are not given.
 */
public record Draft(String title, String description, String link, String strands, String principle,
                    String onBehalfOf) {

    /** One web address, as a link must be. */
    static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    /** A column that is one link as Slack sends it: {@code <https://…>} or {@code <https://…|label>}. */
    private static final Pattern LONE_LINK = Pattern.compile("(?i)<(https?://[^|>]+)(?:\\|([^>]*))?>");

    /** The command's escaped text as a draft: a title, then a description or a link, then strands. */
    static Draft fromCommand(String escaped) {
        List<String> columns = Columns.split(escaped);
        if (columns.size() > 3) {
            throw new CommandError("Too many | columns: good practice has a title, a description or link, and strands.",
                    GoodPracticeService.SUBMIT_FORM);
        }
        String description = "";
        String link = "";
        if (columns.size() > 1) {
            Matcher lone = LONE_LINK.matcher(columns.get(1));
            String plain = SlackText.plain(columns.get(1)).strip();
            if (lone.matches()) {
                link = SlackText.plain(lone.group(1));
                String label = lone.group(2) == null ? "" : SlackText.plain(lone.group(2)).strip();
                description = link.contains(label) ? "" : label; // a label that only repeats the address adds nothing
            } else if (URL.matcher(plain).matches()) {
                link = plain;
            } else {
                description = plain;
            }
        }
        String strands = columns.size() > 2 ? SlackText.plain(columns.get(2)) : "";
        return new Draft(SlackText.plain(columns.get(0)), description, link, strands, "", "");
    }
}
