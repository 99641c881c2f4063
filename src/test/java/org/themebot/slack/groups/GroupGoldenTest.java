package org.themebot.slack.groups;

import static org.themebot.slack.BlockFixtures.DEBBIE;
import static org.themebot.slack.BlockFixtures.G1;
import static org.themebot.slack.BlockFixtures.GROUP;
import static org.themebot.slack.BlockFixtures.JUNE;
import static org.themebot.slack.BlockFixtures.LONDON;
import static org.themebot.slack.BlockFixtures.NO_PLAN;
import static org.themebot.slack.BlockFixtures.NOW;
import static org.themebot.slack.BlockFixtures.SUE;
import static org.themebot.slack.BlockFixtures.TODAY;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettings;
import org.themebot.goodpractice.Strands;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;
import org.themebot.reminders.Digest;
import org.themebot.reminders.GroupSchedule;
import org.themebot.reminders.ReminderSettings;
import org.themebot.reminders.ScheduleService;
import org.themebot.reminders.ScheduleStore;
import org.themebot.reminders.WeeklyTime;
import org.themebot.slack.Golden;
import org.themebot.slack.goodpractice.GoodPracticeBlocks;

/** Every /themegroup reply, as JSON, against src/test/resources/golden/groups/. */
class GroupGoldenTest {

    static final ThemeGroup RENAMED = new ThemeGroup(GROUP.id(), GROUP.workspaceId(), GROUP.channelId(),
            "E&CC <Theme> Group", LONDON, List.of(SUE, JUNE), List.of(DEBBIE), GROUP.createdAt());

    static ScheduleService.Scheduled scheduled(Optional<WeeklyTime> digest, List<ScheduleStore.Proxy> proxies) {
        return new ScheduleService.Scheduled(GROUP, new GroupSchedule(GROUP.id(),
                new ReminderSettings(3, LocalTime.of(8, 30), LONDON), digest, true, Optional.of(NOW), Optional.of(3),
                Optional.empty()), proxies);
    }

    @TestFactory
    Stream<DynamicTest> messages() {
        var monday = Optional.of(new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        var proxies = List.of(new ScheduleStore.Proxy("Cllr Kevin <KF> Foster", DEBBIE));
        var defaults = new ScheduleService.Scheduled(GROUP, new GroupSchedule(GROUP.id(), new ReminderSettings(0,
                ReminderSettings.DEFAULT_TIME, LONDON), Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty()), List.of());
        String goodPractice = GoodPracticeBlocks.settings(new GoodPracticeSettings(Strands.statutory(),
                List.of("Fairness")));
        return Stream.of(
                Golden.message("groups/set-up", () -> GroupBlocks.setUp(new GroupService.Setup(GROUP, Optional.empty()))),
                Golden.message("groups/set-up-again-with-changes", () -> GroupBlocks.setUp(
                        new GroupService.Setup(RENAMED, Optional.of(GROUP)))),
                Golden.message("groups/set-up-again-unchanged", () -> GroupBlocks.setUp(
                        new GroupService.Setup(GROUP, Optional.of(GROUP)))),
                Golden.message("groups/show", () -> GroupBlocks.show(scheduled(monday, proxies), NOW, goodPractice)),
                Golden.message("groups/show-defaults", () -> GroupBlocks.show(defaults, NOW, goodPractice)),
                Golden.message("groups/time-zone", () -> GroupBlocks.timeZone(new ThemeGroup(GROUP.id(),
                        GROUP.workspaceId(), GROUP.channelId(), GROUP.name(), ZoneId.of("America/New_York"),
                        GROUP.chairs(), GROUP.secretaries(), GROUP.createdAt()))),
                Golden.message("groups/schedule-changed", () -> GroupBlocks.scheduleChanged(
                        scheduled(Optional.empty(), List.of()), NOW)),
                Golden.message("groups/digest-sent", () -> GroupBlocks.digestSent(new Digest(GROUP, TODAY, NOW,
                        List.of(), List.of(), List.of(), List.of(), new GoodPracticeService.ForDigest(List.of(G1),
                        List.of()), Optional.empty(), true, NO_PLAN))));
    }
}
