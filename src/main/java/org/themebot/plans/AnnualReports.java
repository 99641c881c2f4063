package org.themebot.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.Invocation;
import org.themebot.goodpractice.GroupSettingsStore;
import org.themebot.goodpractice.Strands;
import org.themebot.goodpractice.Submission;
import org.themebot.goodpractice.SubmissionStatus;
import org.themebot.goodpractice.SubmissionStore;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.Attendance;
import org.themebot.meetings.MeetingStore;
import org.themebot.people.Names;
import org.themebot.people.Who;

/** {@code /plan report <period>}: what a group did in a period, read for its annual report. */
public final class AnnualReports {

    private final Jdbi jdbi;

    public AnnualReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A meeting held in the period, with who came and who sent apologies. */
    public record Held(LocalDate date, String title, List<Who> present, List<Who> apologies) {
    }

    /** What the report is made of; name people with {@link #toReport}. */
    public record ReportData(ThemeGroup group, ReportPeriod period, GroupPlan plan, List<Held> meetings,
                             List<Submission> submissions, Strands strands) {

        public AnnualReport toReport(Names names) {
            return AnnualReport.of(this, names);
        }

        /** "annual-report-2008-09.docx". */
        public String fileName(DocumentFormat format) {
            return AnnualReports.fileName("annual-report", period, format);
        }
    }

    /** "annual-report-2008-09.docx": the period as typed, made safe for a file name. */
    public static String fileName(String prefix, ReportPeriod period, DocumentFormat format) {
        return prefix + "-" + period.label().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "."
                + format.extension();
    }

    /**
     * The report for this channel's group over a period as typed ("2008/09", a range), read on the
     * group's calendar; chairs and secretaries only, as exports are.
     */
    public ReportData report(Invocation inv, String period) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, "make the annual report");
            return read(handle, group, ReportPeriod.read(period, PlanService.today(group, inv)));
        });
    }

    /** One group's report data, through the caller's handle (a partnership's report reads each member group). */
    public static ReportData read(Handle handle, ThemeGroup group, ReportPeriod period) {
        ZoneId zone = group.zone();
        MeetingStore meetings = handle.attach(MeetingStore.class);
        List<Held> held = meetings.rows(group.id()).stream()
                .filter(meeting -> period.contains(meeting.meetingDate()))
                .sorted(Comparator.comparing(MeetingStore.MeetingRow::meetingDate))
                .map(meeting -> new Held(meeting.meetingDate(), meeting.title(),
                        meetings.attendees(meeting.id(), Attendance.PRESENT),
                        meetings.attendees(meeting.id(), Attendance.APOLOGIES)))
                .toList();
        List<Submission> submissions = handle.attach(SubmissionStore.class)
                .byStatus(group.id(), EnumSet.complementOf(EnumSet.of(SubmissionStatus.WITHDRAWN))).stream()
                .filter(s -> period.contains(LocalDate.ofInstant(s.submittedAt(), zone)))
                .toList();
        return new ReportData(group, period, GroupPlan.read(handle, group.id()), held, submissions,
                handle.attach(GroupSettingsStore.class).strands(group.id()));
    }
}
