package org.themebot.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.export.ExportFormat;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;

/**
 * E-mailing a meeting's action notes to those who were present or sent apologies and are among the
 * group's contacts (for its chairs and secretaries). The preview says whom the notes will reach and
 * whom not, and whether they went before; sending claims each address for the meeting in the
 * transaction that queues its mail, so the notes go once unless sending again is confirmed.
 */
public final class CirculationService {

    private final Jdbi jdbi;
    private final MeetingService meetings;

    public CirculationService(Jdbi jdbi, MeetingService meetings) {
        this.jdbi = jdbi;
        this.meetings = meetings;
    }

    /** Whom circulating a meeting's notes would reach, whom not, and when they were last sent (if ever). */
    public record Preview(ThemeGroup group, Meeting meeting, List<Contact> reachable, List<Who.Named> unreachable,
                          Optional<Instant> sentBefore) {
    }

    /** One mail to send: to whom, and which sending of the notes to them it is (1 the first time). */
    public record Sending(Contact contact, int round) {
    }

    /** What was claimed: the meeting as recorded now (its notes are made from this), and the mails to send. */
    public record Circulated(ThemeGroup group, MeetingRecord record, List<Sending> sendings,
                             List<Who.Named> unreachable) {
    }

    /** What {@code /meeting circulate [ref]} shows before anything is sent (default: the latest meeting). */
    public Preview preview(Invocation inv, Optional<String> meetingRef) {
        return jdbi.inTransaction(handle -> {
            requireOfficer(handle, inv);
            MeetingRecord record = meetings.record(meetings.export(inv, ExportFormat.DOCX, meetingRef));
            ContactService.Reach reach = reach(handle, record);
            return new Preview(record.group(), record.meeting(), reach.reachable(), reach.unreachable(),
                    handle.attach(CirculationStore.class).lastSent(record.meeting().id()));
        });
    }

    /**
     * Claims the meeting's notes for each reachable person. The first time ({@code again} false)
     * is refused if they went to any of them before; {@code again} sends to everyone once more.
     */
    public Circulated circulate(Invocation inv, long meetingId, boolean again) {
        return jdbi.inTransaction(handle -> {
            requireOfficer(handle, inv);
            MeetingRecord record = meetings.record(meetings.export(inv, meetingId, ExportFormat.DOCX));
            Meeting meeting = record.meeting();
            ContactService.Reach reach = reach(handle, record);
            if (reach.reachable().isEmpty()) {
                throw new CommandError("Nobody present at " + meeting.ref() + " or sending apologies has an e-mail "
                        + "address: /themegroup contact <name> <email> adds one.", "");
            }
            CirculationStore store = handle.attach(CirculationStore.class);
            List<Sending> sendings = new ArrayList<>();
            for (Contact contact : reach.reachable()) {
                String address = contact.email().value();
                if (again) {
                    sendings.add(new Sending(contact, store.claimAgain(meeting.id(), address, contact.name(),
                            inv.userId(), inv.at())));
                } else if (store.claimFirst(meeting.id(), address, contact.name(), inv.userId(), inv.at())) {
                    sendings.add(new Sending(contact, 1));
                } else {
                    throw new CommandError(meeting.ref() + "'s action notes have been e-mailed already. "
                            + "/meeting circulate " + meeting.ref() + " shows to whom, and sends them again if you say so.",
                            "");
                }
            }
            return new Circulated(record.group(), record, sendings, reach.unreachable());
        });
    }

    private static ContactService.Reach reach(Handle handle, MeetingRecord record) {
        return ContactService.reach(handle, record.group().id(),
                Stream.concat(record.present().stream(), record.apologies().stream()).toList());
    }

    private static void requireOfficer(Handle handle, Invocation inv) {
        GroupService.requireOfficer(GroupService.requireIn(handle.attach(GroupStore.class), inv), inv,
                "circulate action notes");
    }
}
