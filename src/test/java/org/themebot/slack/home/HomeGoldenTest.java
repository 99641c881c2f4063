package org.themebot.slack.home;

import static org.themebot.slack.BlockFixtures.A1;
import static org.themebot.slack.BlockFixtures.A2;
import static org.themebot.slack.BlockFixtures.A3;
import static org.themebot.slack.BlockFixtures.BALBIR;
import static org.themebot.slack.BlockFixtures.GROUP;
import static org.themebot.slack.BlockFixtures.JUNE;
import static org.themebot.slack.BlockFixtures.LONDON;
import static org.themebot.slack.BlockFixtures.SET_UP;
import static org.themebot.slack.BlockFixtures.SUE;
import static org.themebot.slack.BlockFixtures.TODAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.themebot.groups.ThemeGroup;
import org.themebot.home.HomeService;
import org.themebot.reminders.Reminder;
import org.themebot.reminders.ReminderKind;
import org.themebot.slack.Golden;

/** The App Home tab for a chair, for a member and for someone with no group, as JSON, against src/test/resources/golden/home/. */
class HomeGoldenTest {

    /** A second group with no secretary, so a member is told to ask its chair. */
    static final ThemeGroup HOUSING = new ThemeGroup(2, GROUP.workspaceId(), "C0HOUSING", "Housing <Theme> Group",
            LONDON, List.of(JUNE), List.of(), SET_UP);

    static final HomeService.Item OVERDUE = new HomeService.Item(A1, GROUP, Optional.of(new Reminder(
            ReminderKind.OVERDUE, TODAY.plusDays(7), Instant.parse("2008-10-15T08:00:00Z"), A1.due().orElseThrow())));
    static final HomeService.Item DUE_SOON = new HomeService.Item(A2, GROUP, Optional.of(new Reminder(
            ReminderKind.BEFORE, LocalDate.of(2008, 10, 19), Instant.parse("2008-10-19T08:00:00Z"), A2.due().orElseThrow())));
    static final HomeService.Item UNDATED = new HomeService.Item(A3, GROUP, Optional.empty());

    @TestFactory
    Stream<DynamicTest> views() {
        return Stream.of(
                Golden.view("home/chair-after-a-press", () -> HomeView.view(new HomeService.Home(SUE,
                        List.of(DUE_SOON, UNDATED), List.of(GROUP), List.of(GROUP)),
                        Optional.of(":memo: *A2* — update added"))),
                Golden.view("home/member", () -> HomeView.view(new HomeService.Home(BALBIR,
                        List.of(OVERDUE, UNDATED), List.of(), List.of(GROUP, HOUSING)), Optional.empty())),
                Golden.view("home/no-group", () -> HomeView.view(new HomeService.Home(BALBIR, List.of(), List.of(),
                        List.of()), Optional.empty())));
    }
}
