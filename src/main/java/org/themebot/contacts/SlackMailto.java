package org.themebot.contacts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.commands.SlackText;

/**
 * For the Slack layer, before it calls {@link ContactService}: Slack turns an address typed in a
 * command into {@code <mailto:kevin@example.org|kevin@example.org>}; this gives back what was typed.
 */
public final class SlackMailto {

    private static final Pattern MAILTO = Pattern.compile("<mailto:([^|<>]*)(?:\\|[^<>]*)?>", Pattern.CASE_INSENSITIVE);

    private SlackMailto() {
    }

    /** The plain address in Slack's escaped text: the target of a mailto link, or the text itself unescaped. */
    public static String address(String escaped) {
        Matcher mailto = MAILTO.matcher(escaped.strip());
        return SlackText.plain(mailto.matches() ? mailto.group(1) : escaped).strip();
    }
}
