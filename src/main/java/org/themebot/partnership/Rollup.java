package org.themebot.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.themebot.goodpractice.GroupSettingsStore;
import org.themebot.goodpractice.Strands;
import org.themebot.goodpractice.Submission;
import org.themebot.goodpractice.SubmissionStatus;
import org.themebot.goodpractice.SubmissionStore;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.Meeting;
import org.themebot.meetings.MeetingStore;
import org.themebot.plans.GroupPlan;
import org.themebot.plans.PlanStatus;
import org.themebot.plans.StrandExamples;

/** Builds a partnership's {@link BoardReport} from its member groups, each read through the caller's handle. */
final class Rollup {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private Rollup() {
    }

    static BoardReport build(Handle handle, Partnership partnership, Instant now) {
        PartnershipStore store = handle.attach(PartnershipStore.class);
        GroupStore groups = handle.attach(GroupStore.class);
        List<BoardReport.GroupFigures> figures = new ArrayList<>();
        Set<String> strands = new LinkedHashSet<>();
        List<Submission> submissions = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (PartnershipStore.MemberRow member : store.members(partnership.id())) {
            if (member.memberStatus() == MemberStatus.INVITED) {
                pending.add(member.channelId());
            }
            if (member.memberStatus() != MemberStatus.MEMBER) {
                continue; // no data of a group that has not joined, or has left
            }
            ThemeGroup group = groups.findById(member.groupId()).orElseThrow();
            figures.add(figures(handle, group, now));
            strands.addAll(handle.attach(GroupSettingsStore.class).strands(group.id()).names());
            submissions.addAll(handle.attach(SubmissionStore.class).byStatus(group.id(),
                    EnumSet.complementOf(EnumSet.of(SubmissionStatus.WITHDRAWN))));
        }
        String month = MONTH.format(YearMonth.from(now.atZone(partnership.zone())));
        return new BoardReport(partnership.name() + " Board Report " + month, LocalDate.ofInstant(now, partnership.zone()),
                figures,
                StrandExamples.tally(Strands.of(List.copyOf(strands)), submissions), pending);
    }

    /** A group's figures on its own calendar: "today" and "this quarter" in the group's zone. */
    private static BoardReport.GroupFigures figures(Handle handle, ThemeGroup group, Instant now) {
        ZoneId zone = group.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        RollupQueries actions = handle.attach(RollupQueries.class);
        List<RollupQueries.OverdueRow> overdue = actions.overdue(group.id(), today);
        LocalDate quarterStart = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
        int doneThisQuarter = actions.doneSince(group.id(), quarterStart.atStartOfDay(zone).toInstant());
        Optional<BoardReport.OverdueAction> oldest = overdue.stream().findFirst().map(row -> new BoardReport.OverdueAction(
                "A" + row.number(), row.text(), row.dueDate(), ChronoUnit.DAYS.between(row.dueDate(), today)));
        List<String> atRisk = GroupPlan.read(handle, group.id()).items().stream()
                .filter(item -> item.status() == PlanStatus.AT_RISK)
                .map(item -> item.ref() + " " + item.objective()).toList();
        Optional<LocalDate> nextMeeting = handle.attach(MeetingStore.class).latest(group.id())
                .flatMap(Meeting::nextMeeting).filter(date -> !date.isBefore(today));
        return new BoardReport.GroupFigures(group.name(), group.channelId(), actions.openCount(group.id()),
                overdue.size(), doneThisQuarter, oldest, atRisk, nextMeeting);
    }
}
