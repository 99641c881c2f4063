package org.themebot.slack.meetings;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import java.util.List;
import java.util.Optional;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.contacts.ContactService;
import org.themebot.mail.Mailbox;
import org.themebot.meetings.CirculationService;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.Intent;
import org.themebot.slack.Interactions;
import org.themebot.slack.Reply;
import org.themebot.slack.Subcommand;
import org.themebot.slack.UserNames;
import org.themebot.slack.groups.ContactBlocks;

/**
 * {@code /meeting circulate [meeting ref]}: shows its typer whom the action notes will reach by
 * e-mail and whom not, with a Send button; the press claims each address and queues one mail per
 * person in one transaction (each under its own key), then the preview says what was sent.
 */
public final class Circulating {

    static final String SEND = "meeting_circulate_send";
    static final String SEND_AGAIN = "meeting_circulate_again";
    static final String FORM = "/meeting circulate [meeting ref, e.g. M2, or its date]";

    private final CirculationService circulation;
    private final CirculatedNotes notes;
    private final ContactService contacts;
    private final UserNames names;
    private final Interactions interactions;
    private final boolean mailOn;

    public Circulating(CirculationService circulation, CirculatedNotes notes, ContactService contacts, UserNames names,
                       Interactions interactions, boolean mailOn) {
        this.circulation = circulation;
        this.notes = notes;
        this.contacts = contacts;
        this.names = names;
        this.interactions = interactions;
        this.mailOn = mailOn;
    }

    Subcommand subcommand() {
        return Subcommand.reads("circulate", FORM, "e-mail the action notes, Word file and PDF attached, to those "
                + "present or sending apologies who have an address (chairs and secretaries)", this::preview)
                .examples("/meeting circulate", "/meeting circulate M2");
    }

    public void register(App app) {
        app.blockAction(SEND, (req, ctx) -> interactions.button(req.getPayload(), inv -> send(req.getPayload(), inv,
                false)));
        app.blockAction(SEND_AGAIN, (req, ctx) -> interactions.button(req.getPayload(), inv -> send(req.getPayload(),
                inv, true)));
    }

    private Reply preview(CommandRequest request) {
        requireMail();
        String ref = SlackText.plain(request.args()).strip();
        return Reply.toTyper(CirculateBlocks.preview(circulation.preview(request.invocation(),
                ref.isEmpty() ? Optional.empty() : Optional.of(ref))));
    }

    private Reply send(BlockActionPayload p, Invocation inv, boolean again) {
        requireMail();
        long meetingId = Long.parseLong(p.getActions().get(0).getValue());
        CirculationService.Circulated circulated = circulation.circulate(inv, meetingId, again);
        Optional<Mailbox> replyTo = contacts.secretary(circulated.group(), names.cached(inv.workspaceId()))
                .map(Mailbox::of);
        List<Intent> mails = circulated.sendings().stream().map(sending -> {
            String address = sending.contact().email().value();
            return notes.kind().to(inv.workspaceId(), address,
                            new CirculatedNotes.Mail(circulated.record(), Mailbox.of(sending.contact()), replyTo))
                    .once("circulate:" + meetingId + ":" + address + ":" + sending.round())
                    .forGroup(circulated.group().id());
        }).toList();
        var sent = CirculateBlocks.sent(circulated);
        return Reply.afterAck(context -> context.replace(sent)).and(mails);
    }

    private void requireMail() {
        if (!mailOn) {
            throw new CommandError(ContactBlocks.MAIL_OFF, "");
        }
    }
}
