package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.reminders.GroupOnAClock.DEB;
import static org.themebot.reminders.GroupOnAClock.SEC;
import static org.themebot.reminders.GroupOnAClock.SUE;
import static org.themebot.reminders.GroupOnAClock.london;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.TestClock;
import org.themebot.actions.ActionRef;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;

class ReminderSweepTest {


    @TempDir
    Path dir;
    GroupOnAClock fixture;
    Jdbi jdbi;
    TestClock clock;
    AsCommands actions;
    ScheduleAsCommands schedules;
    final List<ReminderSweep.DueReminder> delivered = new CopyOnWriteArrayList<>();

    Invocation by(String userId) {
        return fixture.by(userId);
    }

    ReminderSweep sweep() {
        return new ReminderSweep(jdbi, clock, (handle, due) -> delivered.add(due));
    }

    /** Which reminders went to whom: "A1 before 2026-06-08 → USUE,UDEB". */
    List<String> deliveredSummary() {
        return delivered.stream().map(d -> d.action().ref() + " " + d.reminder().kind().storeName() + " "
                + d.reminder().day() + " → " + String.join(",", d.recipients().stream()
                .map(r -> r.userId() + r.onBehalfOf().map(n -> " for " + n).orElse("")).toList())).toList();
    }

    @BeforeEach
    void group() {
        fixture = new GroupOnAClock(dir);
        jdbi = fixture.jdbi;
        clock = fixture.clock;
        actions = new AsCommands(new ActionService(jdbi, MeetingLink.NONE, ScheduleService::actsFor));
        schedules = new ScheduleAsCommands(new ScheduleService(jdbi));
        actions.add(by(SEC), "Draft the terms of reference | <@USUE|sue>, <@UDEB|deb> | 10 June 2026");
        actions.add(by(SEC), "Send examples | ALL | 10 June 2026");
        actions.add(by(SEC), "Contact the council | Cllr Kevin Foster | 10 June 2026");
        actions.add(by(SEC), "Keep the list up to date | <@USUE|sue> | ongoing");
    }

    @Test
    void eachReminderGoesOnceToEachSlackOwnerAtItsTime() {
        clock.set(london("2026-06-08T08:59:59"));
        assertThat(sweep().sweep()).isZero();

        clock.set(london("2026-06-08T09:00"));
        assertThat(sweep().sweep()).isEqualTo(1);
        assertThat(deliveredSummary()).containsExactly("A1 before 2026-06-08 → USUE,UDEB");
        assertThat(delivered.get(0).reminder().headline()).isEqualTo("due in 2 days");

        clock.set(london("2026-06-08T09:05"));
        assertThat(sweep().sweep()).as("a later tick, or a restarted bot, sends nothing again").isZero();

        clock.set(london("2026-06-10T09:00"));
        sweep().sweep();
        clock.set(london("2026-06-11T09:00"));
        sweep().sweep();
        clock.set(london("2026-06-18T09:00"));
        sweep().sweep();
        assertThat(deliveredSummary()).containsExactly(
                "A1 before 2026-06-08 → USUE,UDEB",
                "A1 due 2026-06-10 → USUE,UDEB",
                "A1 overdue 2026-06-11 → USUE,UDEB",
                "A1 overdue 2026-06-18 → USUE,UDEB");
    }

    @Test
    void aProxyGetsTheRemindersOfAnOwnerOutsideSlackOnTheirBehalf() {
        schedules.proxy(by(SEC), "cllr kevin  FOSTER <@USEC|sec>");
        clock.set(london("2026-06-08T09:00"));
        sweep().sweep();
        assertThat(deliveredSummary()).containsExactlyInAnyOrder(
                "A1 before 2026-06-08 → USUE,UDEB",
                "A3 before 2026-06-08 → USEC for Cllr Kevin Foster");
    }

    @Test
    void aClosedActionGetsNoMoreReminders() {
        clock.set(london("2026-06-08T09:00"));
        sweep().sweep();
        actions.done(by(SUE), "A1");
        clock.set(london("2026-06-11T09:00"));
        assertThat(sweep().sweep()).isZero();
        assertThat(deliveredSummary()).containsExactly("A1 before 2026-06-08 → USUE,UDEB");
    }

    @Test
    void aMissedReminderIsSentOnceWhenTheBotComesBack() {
        clock.set(london("2026-06-12T14:00")); // down from 1 June until after the first overdue reminder
        assertThat(sweep().sweep()).isEqualTo(1);
        assertThat(deliveredSummary()).containsExactly("A1 overdue 2026-06-11 → USUE,UDEB");
    }

    @Test
    void snoozeHoldsRemindersForAWeek() {
        clock.set(london("2026-06-11T09:00"));
        sweep().sweep();
        ActionService.Changed snoozed = actions.service().snooze(by(DEB), ActionRef.id(firstActionId()), ScheduleService::snoozeEnd);
        assertThat(snoozed.detail()).isEqualTo("reminders snoozed until Thu 18 Jun 2026");
        clock.set(london("2026-06-17T09:00"));
        assertThat(sweep().sweep()).isZero();
        clock.set(london("2026-06-18T09:00"));
        sweep().sweep();
        assertThat(deliveredSummary()).containsExactly(
                "A1 overdue 2026-06-11 → USUE,UDEB", "A1 overdue 2026-06-18 → USUE,UDEB");
    }

    @Test
    void reDatingStartsTheRemindersAfresh() {
        clock.set(london("2026-06-09T10:00"));
        actions.due(by(SUE), "A1 1 July 2026");
        clock.set(london("2026-06-11T09:00"));
        assertThat(sweep().sweep()).isZero();
        clock.set(london("2026-06-29T09:00"));
        sweep().sweep();
        assertThat(deliveredSummary()).containsExactly("A1 before 2026-06-29 → USUE,UDEB");
    }

    @Test
    void aFailedDeliveryLeavesNoClaimSoTheNextTickTriesAgain() {
        clock.set(london("2026-06-08T09:00"));
        ReminderSweep failing = new ReminderSweep(jdbi, clock, (handle, due) -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(failing::sweep).hasMessage("disk full");
        assertThat(sweep().sweep()).isEqualTo(1);
    }

    @Test
    void twoInstancesSweepingAtOnceSendEachReminderOnce() throws Exception {
        for (int i = 0; i < 20; i++) {
            actions.add(by(SEC), "Action " + i + " | <@USUE|sue> | 10 June 2026");
        }
        clock.set(london("2026-06-08T09:00"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> claimed = List.of(
                    pool.submit(() -> { start.await(); return sweep().sweep(); }),
                    pool.submit(() -> { start.await(); return sweep().sweep(); }));
            start.countDown();
            assertThat(claimed.get(0).get() + claimed.get(1).get()).isEqualTo(21);
        } finally {
            pool.shutdown();
        }
        assertThat(delivered).hasSize(21);
        assertThat(delivered.stream().map(d -> d.action().ref()).distinct()).hasSize(21);
    }

    @Test
    void recipientsAreEachPersonOnce() {
        var action = jdbi.onDemand(org.themebot.actions.ActionStore.class).findById(firstActionId()).orElseThrow();
        assertThat(ReminderSweep.recipients(action, List.of(new ScheduleStore.Proxy("Nobody", SUE))))
                .extracting(ReminderSweep.Recipient::userId, ReminderSweep.Recipient::onBehalfOf)
                .containsExactly(tuple(SUE, Optional.empty()), tuple(DEB, Optional.empty()));
    }

    private long firstActionId() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM action WHERE number = 1").mapTo(Long.class).one());
    }
}
