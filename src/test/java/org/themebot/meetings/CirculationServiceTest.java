package org.themebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.TestClock;
import org.themebot.actions.ActionService;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.groups.GroupService;
import org.themebot.people.Who;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** Circulating a meeting's notes, claimed per (meeting, address), on SQLite and PostgreSQL. */
class CirculationServiceTest {

    private static final Instant AT = TestClock.start();
    private static final AtomicInteger channels = new AtomicInteger();
    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    /** A group of its own whose meeting M1 had Kevin Foster and June Jeffrey present, Jim Titley's apologies. */
    private record Meeting1(CirculationService circulation, Invocation secretary, long meetingId) {

        static Meeting1 on(Database database) {
            Invocation secretary = new Invocation("T1", "C" + channels.incrementAndGet(), "eq", "USEC", AT);
            new GroupService(database.jdbi(), ZoneId.of("Europe/London")).setup(as(secretary, "UCHAIR"),
                    GroupCommands.setupRequest("name Equalities secretary <@USEC|sec>"));
            ContactService contacts = new ContactService(database.jdbi());
            contacts.save(secretary, "Cllr Kevin Foster", "kevin@example.org");
            contacts.save(secretary, "Supt Jim Titley", "jim@example.org");
            MeetingService service = new MeetingService(database.jdbi(), Tabling.NONE,
                    new ActionService(database.jdbi(), new MeetingLinks()));
            MeetingAsCommands meetings = new MeetingAsCommands(service);
            long id = meetings.start(secretary, "3 September 2008").meeting().id();
            meetings.attend(secretary, Attendance.PRESENT, "<@USUE|sue>, Kevin Foster and June Jeffrey");
            meetings.attend(secretary, Attendance.APOLOGIES, "Supt Jim Titley");
            meetings.end(secretary);
            return new Meeting1(new CirculationService(database.jdbi(), service), secretary, id);
        }
    }

    private static Invocation as(Invocation inv, String userId) {
        return new Invocation(inv.workspaceId(), inv.channelId(), inv.channelName(), userId, inv.at());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thePreviewSaysWhomTheNotesReachAndSendingClaimsEachAddressOnce(String name, Database database) {
        Meeting1 m = Meeting1.on(database);

        CirculationService.Preview preview = m.circulation().preview(m.secretary(), Optional.of("M1"));
        assertThat(preview.reachable()).extracting(Contact::name).containsExactly("Cllr Kevin Foster", "Supt Jim Titley");
        assertThat(preview.unreachable()).containsExactly(new Who.Named("June Jeffrey"));
        assertThat(preview.sentBefore()).isEmpty();

        CirculationService.Circulated sent = m.circulation().circulate(m.secretary(), m.meetingId(), false);
        assertThat(sent.sendings()).extracting(s -> s.contact().email().value(), CirculationService.Sending::round)
                .containsExactly(tuple("kevin@example.org", 1), tuple("jim@example.org", 1));
        assertThat(sent.record().present()).hasSize(3);
        assertThat(m.circulation().preview(m.secretary(), Optional.empty()).sentBefore()).contains(AT);

        assertThatThrownBy(() -> m.circulation().circulate(m.secretary(), m.meetingId(), false))
                .isInstanceOf(CommandError.class).hasMessageContaining("M1's action notes have been e-mailed already");
        assertThat(m.circulation().circulate(m.secretary(), m.meetingId(), true).sendings())
                .extracting(CirculationService.Sending::round).containsExactly(2, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyChairsAndSecretariesCirculate(String name, Database database) {
        Meeting1 m = Meeting1.on(database);

        assertThatThrownBy(() -> m.circulation().preview(as(m.secretary(), "UMEMBER"), Optional.empty()))
                .isInstanceOf(NotAllowed.class).hasMessage("Only the group's chairs and secretaries may circulate action notes.");
        assertThatThrownBy(() -> m.circulation().circulate(as(m.secretary(), "UMEMBER"), m.meetingId(), true))
                .isInstanceOf(NotAllowed.class);
        assertThat(m.circulation().preview(m.secretary(), Optional.empty()).sentBefore()).isEmpty();
    }
}
