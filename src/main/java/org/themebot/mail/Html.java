package org.themebot.mail;

import org.apache.commons.text.StringEscapeUtils;

/** User text made safe for HTML, in mail and on the link pages: every value passes through here. */
final class Html {

    private Html() {
    }

    /** Escaped for element text and for quoted attribute values alike. */
    static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }

    /** Escaped, its line breaks kept. */
    static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }
}
