package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.themebot.reminders.GroupOnAClock.CHAIR;
import static org.themebot.reminders.GroupOnAClock.DEB;
import static org.themebot.reminders.GroupOnAClock.SEC;
import static org.themebot.reminders.GroupOnAClock.london;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.CommandError;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;

/** Reminders and digests for people outside Slack: claimed with the DMs, to contacts who take them. */
class RemindersByMailTest {

    @TempDir
    Path dir;
    GroupOnAClock fixture;
    Jdbi jdbi;
    ContactService contacts;
    final List<ReminderSweep.DueReminder> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void kevinFosterOwnsAnActionDueOnTheTenth() {
        fixture = new GroupOnAClock(dir);
        jdbi = fixture.jdbi;
        contacts = new ContactService(jdbi);
        contacts.save(fixture.by(SEC), "Cllr Kevin Foster", "kevin@example.org");
        AsCommands actions = new AsCommands(new ActionService(jdbi, MeetingLink.NONE, ScheduleService::actsFor));
        actions.add(fixture.by(SEC), "Report back on the panel | Kevin Foster | 10 June 2026");
        actions.add(fixture.by(SEC), "Book the venue | June Morley | 10 June 2026");
        fixture.clock.set(london("2026-06-08T09:00"));
    }

    private ReminderSweep sweep(boolean mailOn) {
        return new ReminderSweep(jdbi, fixture.clock, (handle, due) -> delivered.add(due), mailOn);
    }

    private List<String> byMail() {
        return delivered.stream().flatMap(d -> d.byMail().stream().map(c -> d.action().ref() + " → " + c.email()))
                .toList();
    }

    @Test
    void aContactOwnerIsARecipientByMailAndTheirProxyStillGetsTheDm() {
        new ScheduleService(jdbi).proxy(fixture.by(SEC), "Kevin Foster", Optional.of(DEB));

        assertThat(sweep(true).sweep()).as("June Morley has neither address nor proxy").isEqualTo(1);
        assertThat(byMail()).containsExactly("A1 → kevin@example.org");
        assertThat(delivered.get(0).recipients()).extracting(ReminderSweep.Recipient::userId).containsExactly(DEB);
        assertThat(sweep(true).sweep()).as("claimed once, by mail and DM alike").isZero();
    }

    @Test
    void noMailWhenThemebotSendsNoneOrTheContactUnsubscribed() {
        assertThat(sweep(false).sweep()).isZero();

        fixture.clock.set(london("2026-06-10T09:00"));
        contacts.unsubscribe(group().id(), "Kevin Foster", fixture.clock.instant());
        assertThat(sweep(true).sweep()).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aChairTakesTheDigestByMailAtTheirContactsAddressWhileTheyChair() {
        DigestByMail digests = new DigestByMail(jdbi);
        assertThatThrownBy(() -> digests.ask(fixture.by(CHAIR), Optional.of("Sue Bent")))
                .isInstanceOf(CommandError.class).hasMessageContaining("/themegroup contact Sue Bent <email>");
        assertThatThrownBy(() -> digests.ask(fixture.by(SEC), Optional.of("Cllr Kevin Foster")))
                .isInstanceOf(CommandError.class).hasMessageContaining("only they can take it by e-mail");
        contacts.save(fixture.by(SEC), "Sue Bent", "sue@example.org");

        Contact sue = digests.ask(fixture.by(CHAIR), Optional.of("Sue Bent"));

        assertThat(sue.email().value()).isEqualTo("sue@example.org");
        assertThat(recipients()).containsExactly("sue@example.org");
        contacts.unsubscribe(group().id(), "Sue Bent", fixture.clock.instant());
        assertThat(recipients()).as("the digest mail's unsubscribe link stops it").isEmpty();
        digests.stop(fixture.by(CHAIR));
        assertThatThrownBy(() -> digests.stop(fixture.by(CHAIR))).isInstanceOf(CommandError.class);
    }

    private ThemeGroup group() {
        return jdbi.onDemand(GroupStore.class).find("T1", "C1").orElseThrow();
    }

    private List<String> recipients() {
        return jdbi.inTransaction(h -> DigestByMail.recipients(h, group()).stream().map(c -> c.email().value()).toList());
    }
}
