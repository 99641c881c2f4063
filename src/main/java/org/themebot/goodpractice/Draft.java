package org.themebot.goodpractice;

import java.util.regex.Pattern;

/**
 * A submission as given, in plain text, before it is checked: from the command's columns or the
 * modal's fields. Strands are a comma list of names, aliases or prefixes; empty parts are not given.
 */
public record Draft(String title, String description, String link, String strands, String principle,
                    String onBehalfOf) {

    /** One web address, as a link must be. */
    public static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
}
