package org.themebot.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack sends command text escaped: {@code &amp; &lt; &gt;}, and mentions, channels and links
 * as {@code <…>}. We store plain text, so this turns the escaped form back into what was typed.
 */
public final class SlackText {

    private static final Pattern ENTITY = Pattern.compile("<([^<>]*)>");

    private SlackText() {
    }

    /** Plain text for storage: entities become readable text, then the HTML escapes are undone. */
    public static String plain(String escaped) {
        Matcher m = ENTITY.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(readable(m.group(1))));
        }
        m.appendTail(out);
        return unescape(out.toString());
    }

    private static String readable(String entity) {
        int bar = entity.indexOf('|');
        String target = bar < 0 ? entity : entity.substring(0, bar);
        String label = bar < 0 ? "" : entity.substring(bar + 1);
        if (target.startsWith("@") || target.startsWith("#")) {
            return target.charAt(0) + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) { // <!here>, <!channel>, <!subteam^S1|@team>
            return label.isEmpty() ? "@" + target.substring(1) : label;
        }
        // A link: keep the address; keep the label too when it says something else.
        if (label.isEmpty() || target.contains(label)) {
            return target;
        }
        return label + " (" + target + ")";
    }

    /** Plain text as Slack would send it in a command, so the grammar can read what a form's field holds. */
    public static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
