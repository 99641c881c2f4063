package org.themebot.plans;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The action plan as a GitHub-flavoured Markdown page: a heading and one five-column table. */
final class ActionPlanMarkdown {

    private ActionPlanMarkdown() {
    }

    static byte[] render(ActionPlan plan) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(plan.title())).append("\n\n");
        md.append(row(ActionPlan.HEADER)).append("| --- | --- | --- | --- | --- |\n");
        plan.rows().forEach(row -> md.append(row(row.cells())));
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(List<String> cells) {
        return cells.stream().map(ActionPlanMarkdown::text).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** Markdown punctuation that would turn typed text into a table break, markup, a link or raw HTML. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\|<>*_\\[\\]`]");

    /**
     * Backslash-escapes {@link #SPECIAL} (CommonMark allows it before any punctuation), so an
     * objective reads as typed, not as emphasis or a link; line breaks become {@code <br>}, the
     * only line break a table cell has.
     */
    static String text(String plain) {
        String escaped = SPECIAL.matcher(plain).replaceAll(m -> "\\\\" + Matcher.quoteReplacement(m.group()));
        return escaped.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br>");
    }
}
