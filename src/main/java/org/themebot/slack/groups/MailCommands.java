package org.themebot.slack.groups;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.commands.CommandError;
import org.themebot.commands.SlackText;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.contacts.SlackMailto;
import org.themebot.reminders.DigestByMail;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Reply;
import org.themebot.slack.Subcommand;

/**
 * The mail side of {@code /themegroup}: {@code contact} and {@code contacts}, a group's people
 * outside Slack and their addresses, kept by its chairs and secretaries (the address is the last
 * word, as typed or as Slack sends it, {@code <mailto:kevin@example.org|kevin@example.org>};
 * {@code off} removes it); and a chair's {@code digest … email}.
 */
public final class MailCommands {

    /** A name, then a last word that is an address or {@code off}. */
    private static final Pattern CONTACT = Pattern.compile("(?s)(.*?)\\s+(\\S*@\\S*|<mailto:[^>]*>|(?i:off))");
    /** The end of /themegroup digest's text that asks for (or stops) the digest by e-mail. */
    private static final Pattern DIGEST_BY_MAIL = Pattern.compile("(?is)(.*?)\\s*\\be-?mail(\\s+off)?");

    private final ContactService contacts;
    private final DigestByMail digests;
    private final boolean mailOn;

    public MailCommands(ContactService contacts, DigestByMail digests, boolean mailOn) {
        this.contacts = contacts;
        this.digests = digests;
        this.mailOn = mailOn;
    }

    /** What /themegroup contact says: a name, and an address (empty when none was given) or off. */
    public record ContactRequest(String name, String address, boolean off) {
    }

    Subcommand contact() {
        return Subcommand.changes("contact", ContactService.CONTACT_FORM,
                "someone outside Slack who gets reminders and action notes by e-mail, or off to remove them "
                        + "(chairs and secretaries)", this::contact)
                .examples("/themegroup contact Cllr Kevin Foster kevin.foster@example.org",
                        "/themegroup contact Cllr Kevin Foster off");
    }

    Subcommand contacts() {
        return Subcommand.reads("contacts", ContactService.CONTACTS_FORM,
                "the group's people outside Slack and their addresses (chairs and secretaries)",
                request -> Reply.toTyper(ContactBlocks.addressBook(contacts.list(request.invocation()), mailOn)));
    }

    private Reply contact(CommandRequest request) {
        ContactRequest typed = parse(request.args());
        if (typed.off()) {
            return Reply.toTyper(ContactBlocks.removed(contacts.remove(request.invocation(), typed.name()), mailOn));
        }
        return Reply.toTyper(ContactBlocks.saved(contacts.save(request.invocation(), typed.name(), typed.address()),
                mailOn));
    }

    /** The text of /themegroup contact, unescaped: "Cllr Kevin Foster kevin@example.org", "… off", or a name alone. */
    public static ContactRequest parse(String escaped) {
        String text = escaped.strip();
        Matcher m = CONTACT.matcher(text);
        if (!m.matches()) {
            return new ContactRequest(SlackText.plain(text), "", false);
        }
        String last = m.group(2);
        boolean off = last.toLowerCase(Locale.ROOT).equals("off");
        return new ContactRequest(SlackText.plain(m.group(1)), off ? "" : SlackMailto.address(last), off);
    }

    /** /themegroup digest's text split: the schedule words, and whether e-mail was asked for (true) or stopped. */
    public record DigestText(String schedule, Optional<Boolean> byMail) {
    }

    /** "monday 09:00 channel email" → ("monday 09:00 channel", on); "email off" → ("", off); no "email": as typed. */
    public static DigestText digestText(String escaped) {
        Matcher m = DIGEST_BY_MAIL.matcher(escaped.strip());
        if (!m.matches()) {
            return new DigestText(escaped.strip(), Optional.empty());
        }
        return new DigestText(m.group(1).strip(), Optional.of(m.group(2) == null));
    }

    /** The typer (a chair) takes the digest by e-mail, or stops; the line that says so. */
    String digestByMail(CommandRequest request, boolean on) {
        if (!mailOn) {
            throw new CommandError(ContactBlocks.MAIL_OFF, "");
        }
        if (!on) {
            digests.stop(request.invocation());
            return ":envelope: You no longer get the digest by e-mail; your DM goes on.";
        }
        Contact contact = digests.ask(request.invocation(), request.names().known(request.invocation().userId()));
        return ":envelope: You also get the digest by e-mail, at " + Mrkdwn.escape(contact.email().value())
                + " (your contact as *" + Mrkdwn.escape(contact.name()) + "*), whenever it comes by DM.";
    }
}
