package org.themebot.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.themebot.actions.Action;
import org.themebot.actions.ActionEvent;
import org.themebot.actions.ActionService;
import org.themebot.actions.ActionStatus;
import org.themebot.goodpractice.Submission;
import org.themebot.goodpractice.SubmissionStatus;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.Meeting;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.plans.PlanItem;
import org.themebot.plans.PlanRules;
import org.themebot.plans.PlanStatus;
import org.themebot.plans.PlanTimescale;

/**
 * Fixed domain records for renderer tests, from the Equalities and Communities Theme Group's
 * autumn of 2008: the group, its people (Slack knows Sue's and Debbie's names but not Balbir's or
 * June's, so both the name and the mention path show), five actions in every state, a meeting,
 * two good-practice submissions and two objectives of its action plan. Nothing here reads a clock.
 */
public final class BlockFixtures {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final String SUE = "U0SUE";
    public static final String DEBBIE = "U0DEBBIE";
    public static final String BALBIR = "U0BALBIR";
    public static final String JUNE = "U0JUNE";

    /** Real names Slack has given; Balbir's and June's it has not (yet). */
    public static final Names NAMES = new Names() {
        private final Map<String, String> known = Map.of(SUE, "Sue Bent", DEBBIE, "Debbie Briggs");

        @Override
        public String realName(String userId) {
            return known.getOrDefault(userId, userId);
        }

        @Override
        public Optional<String> known(String userId) {
            return Optional.ofNullable(known.get(userId));
        }
    };

    /** The day of the meeting, and "today" five weeks later (a Wednesday, 10:30 in London). */
    public static final LocalDate MEETING_DAY = LocalDate.of(2008, 9, 3);
    public static final LocalDate TODAY = LocalDate.of(2008, 10, 8);
    public static final Instant NOW = Instant.parse("2008-10-08T09:30:00Z");
    public static final Instant SET_UP = Instant.parse("2008-09-01T08:00:00Z");

    public static final ThemeGroup GROUP = new ThemeGroup(1, "T0THEME", "C0EQUALITIES",
            "Equalities & Communities Theme Group", LONDON, List.of(SUE), List.of(DEBBIE), SET_UP);

    /** Overdue by 8 days, owned by Balbir (a mention) and Debbie (by name). */
    public static final Action A1 = action(1, "Forward the Home Office Toolkit to Debbie for circulation",
            List.of(new Who.SlackUser(BALBIR), new Who.SlackUser(DEBBIE)), "Sept 08", Optional.of(LocalDate.of(2008, 9, 30)),
            ActionStatus.OPEN);
    /** Due in two weeks; text and an owner outside Slack with Slack's control characters. */
    public static final Action A2 = action(2, "Revise the Terms of Reference <draft> & circulate",
            List.of(new Who.SlackUser(SUE), new Who.Named("Cllr Kevin <KF> Foster")), "22 Oct 08",
            Optional.of(LocalDate.of(2008, 10, 22)), ActionStatus.OPEN);
    /** Everyone's, with no date. */
    public static final Action A3 = action(3, "Send good-practice examples to the secretary", List.of(new Who.Everyone()),
            "ongoing", Optional.empty(), ActionStatus.OPEN);
    /** Done. */
    public static final Action A4 = action(4, "Book the room for October", List.of(new Who.SlackUser(SUE)),
            "next meeting", Optional.of(LocalDate.of(2008, 10, 22)), ActionStatus.DONE);
    /** No owner, no timescale: what a quick /action add leaves. */
    public static final Action A5 = action(5, "Contact the council about the venue", List.of(), "", Optional.empty(),
            ActionStatus.OPEN);

    public static final Meeting MEETING = new Meeting(7, GROUP.id(), 1, MEETING_DAY, "Quarterly meeting", false,
            Optional.of(LocalDate.of(2008, 10, 22)), Instant.parse("2008-09-03T09:00:00Z"));

    /** New, from Balbir: everything filled in. */
    public static final Submission G1 = new Submission(21, GROUP.id(), 1, "Hate crime reporting in schools",
            "A toolkit <for teachers> & governors", "https://example.org/toolkit", List.of("race", "religion or belief"),
            Optional.of("Fairness"), BALBIR, Optional.empty(), SubmissionStatus.SUBMITTED, Optional.empty(),
            Instant.parse("2008-10-01T14:00:00Z"));
    /** Tabled for the next meeting, sent in by Debbie on behalf of someone outside Slack. */
    public static final Submission G2 = new Submission(22, GROUP.id(), 2, "Interpreters at surgeries", "", "",
            List.of(), Optional.empty(), DEBBIE, Optional.of("Cllr Kevin Foster"), SubmissionStatus.TABLED,
            Optional.empty(), Instant.parse("2008-10-02T10:00:00Z"));

    /** A digest's plan line for a group with no action plan. */
    public static final PlanRules.DigestLine NO_PLAN = new PlanRules.DigestLine(List.of(), List.of(), List.of());

    /**
     * At risk, never reviewed since June, running to March 2010; its text has Slack's control
     * characters and is longer than a select option (75) allows, so escaping and the cut both show.
     */
    public static final PlanItem P1 = new PlanItem(201, GROUP.id(), 1,
            "Make sure every partner's Equality Impact Assessment <EIA> is done & published for each strategy",
            List.of("Audit the partners' EIAs", "Offer EIA training"),
            new PlanTimescale("April 2008 – March 2010", Optional.of(LocalDate.of(2008, 4, 1)),
                    Optional.of(LocalDate.of(2010, 3, 31))),
            Optional.of(new Who.SlackUser(SUE)),
            List.of(new PlanItem.Measurable(1, "Audit completed", Optional.of(Instant.parse("2008-07-15T12:00:00Z"))),
                    new PlanItem.Measurable(2, "Training held", Optional.empty())),
            PlanStatus.AT_RISK, Optional.of("Two partners have not replied"),
            Instant.parse("2008-06-02T09:00:00Z"), Instant.parse("2008-09-10T09:00:00Z"));
    /** On track, ending this month (31 October 2008), led by someone outside Slack. */
    public static final PlanItem P2 = new PlanItem(202, GROUP.id(), 2, "Hold a community cohesion event in Ward 3",
            List.of(), new PlanTimescale("Oct 08", Optional.of(LocalDate.of(2008, 10, 31)),
                    Optional.of(LocalDate.of(2008, 10, 31))),
            Optional.of(new Who.Named("Cllr Kevin <KF> Foster")), List.of(), PlanStatus.ON_TRACK, Optional.empty(),
            Instant.parse("2008-09-03T10:00:00Z"), Instant.parse("2008-09-03T10:00:00Z"));
    /** What the digest of {@link #TODAY} says of P1 and P2: P1 at risk and unreviewed, P2 ending soon. */
    public static final PlanRules.DigestLine PLAN_LINE = new PlanRules.DigestLine(List.of(P1), List.of(P2), List.of(P1));

    private BlockFixtures() {
    }

    public static Action action(int number, String text, List<Who> owners, String timescale, Optional<LocalDate> due,
                                ActionStatus status) {
        return new Action(100 + number, GROUP.id(), number, text, owners, timescale, due, status, DEBBIE,
                Instant.parse("2008-09-03T10:00:00Z"), Optional.empty());
    }

    /** A change to an action, as the service reports it. */
    public static ActionService.Changed changed(Action action, ActionEvent.Kind kind, String detail) {
        return new ActionService.Changed(GROUP, action, kind, detail);
    }
}
