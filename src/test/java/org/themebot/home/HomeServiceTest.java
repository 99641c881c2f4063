package org.themebot.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.Cast.BALBIR;
import static org.themebot.Cast.DEBBIE;
import static org.themebot.Cast.SUE;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.Cast;
import org.themebot.actions.AsCommands;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;
import org.themebot.reminders.Reminder;
import org.themebot.reminders.ReminderKind;
import org.themebot.slack.groups.GroupCommands;

/**
 * What a member's Home holds, on a stopped clock: their own open actions in this workspace only,
 * each with the reminder that comes next under the group's settings, and the groups they run.
 */
class HomeServiceTest {

    /** Wednesday 10 June 2026, 10:00 in London. */
    static final Instant WEDNESDAY = Instant.parse("2026-06-10T09:00:00Z");

    Cast cast;
    HomeService home;

    @BeforeEach
    void theCast(@TempDir Path dir) {
        cast = Cast.inNewDatabase(dir, WEDNESDAY);
        home = new HomeService(cast.jdbi());
        AsCommands actions = cast.actions();
        actions.add(cast.as(DEBBIE), "Send the toolkit | <@" + BALBIR + "> / <@" + SUE + "> | Friday 12 June 2026");
        actions.add(cast.as(DEBBIE), "Book the room | <@" + BALBIR + "> | June 26");
        actions.add(cast.as(DEBBIE), "Chair's report | <@" + SUE + "> | July 26");
        actions.done(cast.as(BALBIR), "A2");
    }

    @Test
    void aMembersHomeHasTheirOpenActionsWithTheNextReminderAndWhomToAsk() {
        HomeService.Home balbirs = home.home(Cast.WORKSPACE, BALBIR, cast.clock().instant());

        assertThat(balbirs.actions()).singleElement().satisfies(item -> {
            assertThat(item.action().ref()).isEqualTo("A1");
            assertThat(item.nextReminder()).as("on the due day at 09:00 London, by default")
                    .contains(new Reminder(ReminderKind.DUE, item.action().due().orElseThrow(),
                            Instant.parse("2026-06-12T08:00:00Z"), item.action().due().orElseThrow()));
        });
        assertThat(balbirs.officerOf()).isEmpty();
        assertThat(balbirs.groups()).extracting(ThemeGroup::name).containsExactly("Equalities Theme Group");
    }

    @Test
    void onceTheDueTimeHasPassedTheNextReminderIsTheFirstOverdueOneAndAWeekLaterTheNext() {
        cast.clock().set(Instant.parse("2026-06-12T12:00:00Z"));

        HomeService.Home balbirs = home.home(Cast.WORKSPACE, BALBIR, cast.clock().instant());

        assertThat(balbirs.actions().get(0).nextReminder()).hasValueSatisfying(next -> {
            assertThat(next.kind()).isEqualTo(ReminderKind.OVERDUE);
            assertThat(next.instant()).as("the day after").isEqualTo(Instant.parse("2026-06-13T08:00:00Z"));
        });
        cast.clock().set(Instant.parse("2026-06-13T12:00:00Z"));
        assertThat(home.home(Cast.WORKSPACE, BALBIR, cast.clock().instant()).actions().get(0).nextReminder())
                .map(Reminder::instant).as("every 7 days after that").contains(Instant.parse("2026-06-20T08:00:00Z"));
    }

    @Test
    void anOfficerSeesTheGroupsTheyRunAndNothingOfAnotherWorkspace() {
        new GroupService(cast.jdbi(), Cast.LONDON).setup(new Invocation("T2", "C9", "elsewhere", SUE,
                cast.clock().instant()), GroupCommands.setupRequest("name Elsewhere Group"));

        HomeService.Home sues = home.home(Cast.WORKSPACE, SUE, cast.clock().instant());

        assertThat(sues.actions()).extracting(item -> item.action().ref()).containsExactlyInAnyOrder("A1", "A3");
        assertThat(sues.officerOf()).extracting(ThemeGroup::name).containsExactly("Equalities Theme Group");
        assertThat(sues.groups()).extracting(ThemeGroup::workspaceId).containsOnly(Cast.WORKSPACE);
    }
}
