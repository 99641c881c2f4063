package org.themebot.mail;

import java.util.Optional;
import org.themebot.commands.TextLimits;

/**
 * The pages a mail link opens: plain HTML with every value escaped. A page that offers a change
 * has exactly one form, which POSTs back to the link itself (a relative action, so the pages work
 * under any path prefix); every other page says plainly that nothing was changed.
 */
final class LinkPage {

    /** A page and its HTTP status. */
    record Page(int status, String html) {
    }

    private static final String NOTHING_CHANGED = "Nothing was changed.";

    private LinkPage() {
    }

    static Page notValid() {
        return plain(404, "This link is not valid",
                "It may have been cut short or altered when it was copied. " + NOTHING_CHANGED);
    }

    static Page expired() {
        return plain(410, "This link has expired",
                "The links in themebot's e-mails work for " + SignedLinks.VALIDITY.toDays() + " days. Use the link in "
                        + "a newer e-mail, or ask the group's secretary. " + NOTHING_CHANGED);
    }

    static Page used() {
        return plain(410, "This link has been used already",
                "Each link in themebot's e-mails works once. " + NOTHING_CHANGED);
    }

    static Page gone(String what) {
        return plain(404, what + " no longer exists", NOTHING_CHANGED);
    }

    static Page closed(LinkActions.LinkedAction action) {
        return plain(200, action.ref() + " is no longer open",
                "It was marked done or dropped already, in " + action.groupName() + ". " + NOTHING_CHANGED);
    }

    static Page done(String message) {
        return plain(200, "Thank you", message);
    }

    static Page unchanged(String message) {
        return plain(200, "Nothing to do", message + " " + NOTHING_CHANGED);
    }

    static Page refused(String message) {
        return plain(409, "That could not be done", message + " " + NOTHING_CHANGED);
    }

    static Page confirmDone(LinkActions.LinkedAction action, String person, String token) {
        String title = "Mark " + action.ref() + " done?";
        return new Page(200, document(title, heading(title) + quoted(action) + paragraph(
                "It will be recorded as done by " + person + " (by e-mail), and the group's channel will be told.")
                + form(token, "", "Mark " + action.ref() + " done")));
    }

    static Page confirmUpdate(LinkActions.LinkedAction action, String person, String token, String typed,
                              Optional<String> problem) {
        String title = "An update on " + action.ref();
        String field = "<label for=\"text\">Your update, recorded as " + Html.escape(person) + "'s:</label>\n"
                + "<textarea id=\"text\" name=\"text\" rows=\"6\" maxlength=\"" + TextLimits.NOTE + "\" required>"
                + Html.escape(typed) + "</textarea>\n"
                + problem.map(p -> "<p class=\"problem\" role=\"alert\">" + Html.escape(p) + "</p>\n").orElse("");
        return new Page(problem.isPresent() ? 400 : 200,
                document(title, heading(title) + quoted(action) + form(token, field, "Add the update")));
    }

    static Page confirmUnsubscribe(String groupName, String person, String token) {
        String title = "Stop e-mails from " + groupName + "?";
        return new Page(200, document(title, heading(title) + paragraph(person + " will get no more reminders or "
                + "digests by e-mail from " + groupName + " through themebot. The group's secretary can add the "
                + "address again.") + form(token, "", "Stop these e-mails")));
    }

    private static Page plain(int status, String title, String message) {
        return new Page(status, document(title, heading(title) + paragraph(message)));
    }

    private static String quoted(LinkActions.LinkedAction action) {
        return "<blockquote><strong>" + Html.escape(action.ref()) + "</strong> " + Html.lines(action.text())
                + "<br>\n<small>" + Html.escape(action.groupName()) + "</small></blockquote>\n";
    }

    private static String heading(String text) {
        return "<h1>" + Html.escape(text) + "</h1>\n";
    }

    private static String paragraph(String text) {
        return "<p>" + Html.lines(text) + "</p>\n";
    }

    /** The one form: it posts to the link it is on, which carries the signed token. */
    private static String form(String token, String fields, String button) {
        return "<form method=\"post\" action=\"" + Html.escape(token) + "\">\n" + fields
                + "<button type=\"submit\">" + Html.escape(button) + "</button>\n</form>\n";
    }

    private static String document(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<title>" + Html.escape(title) + " — themebot</title>\n<style>\n"
                + "body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#222;"
                + "max-width:36em;margin:2em auto;padding:0 1em}\n"
                + "blockquote{margin:1em 0;padding:.5em 1em;border-left:4px solid #1d6b45;background:#f4f7f5}\n"
                + "small{color:#666}\nlabel{display:block;margin:1em 0 .25em;font-weight:bold}\n"
                + "textarea{width:100%;box-sizing:border-box;font:inherit}\n.problem{color:#b00020;font-weight:bold}\n"
                + "button{margin-top:1em;padding:.6em 1.2em;font:inherit;font-weight:bold;color:#fff;"
                + "background:#1d6b45;border:0;border-radius:4px;cursor:pointer}\n"
                + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
