package org.themebot.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.themebot.people.Names;

/**
 * A group's year (or any period) as reported to its partnership board: each objective with its
 * status, the review comments and completed linked actions of the period; the meetings held with
 * attendance; good practice by equality strand, gaps included. Plain, unescaped text.
 */
public record AnnualReport(String title, String span, List<Objective> objectives, List<MeetingHeld> meetings,
                           List<StrandExamples> goodPractice) {

    public AnnualReport {
        Objects.requireNonNull(title, "title");
        objectives = List.copyOf(objectives);
        meetings = List.copyOf(meetings);
        goodPractice = List.copyOf(goodPractice);
    }

    /** status: "At risk: funding not confirmed"; reviews dated; actions "A3 Open two centres (done 20 October 2008)". */
    public record Objective(String ref, String objective, String status, List<String> reviews,
                            List<String> completedActions) {
        public Objective {
            reviews = List.copyOf(reviews);
            completedActions = List.copyOf(completedActions);
        }
    }

    public record MeetingHeld(LocalDate date, String title, List<String> present, List<String> apologies) {
        public MeetingHeld {
            present = List.copyOf(present);
            apologies = List.copyOf(apologies);
        }
    }

    public List<String> gaps() {
        return StrandExamples.gaps(goodPractice);
    }

    static AnnualReport of(AnnualReports.ReportData data, Names names) {
        ZoneId zone = data.group().zone();
        ReportPeriod period = data.period();
        List<Objective> objectives = new ArrayList<>();
        for (PlanItem item : data.plan().items()) {
            List<String> reviews = data.plan().reviewsOf(item).stream()
                    .filter(review -> period.contains(review.day(zone)))
                    .map(review -> PlanText.day(review.day(zone)) + ": " + review.text()).toList();
            List<String> completed = data.plan().actionsOf(item).stream()
                    .filter(action -> action.doneAt().filter(at -> period.contains(LocalDate.ofInstant(at, zone))).isPresent())
                    .map(action -> action.ref() + " " + action.text() + " (done "
                            + PlanText.day(LocalDate.ofInstant(action.doneAt().orElseThrow(), zone)) + ")")
                    .toList();
            if (inPeriod(item, period, zone) || !reviews.isEmpty() || !completed.isEmpty()) {
                String status = item.status().label() + item.statusComment().map(c -> ": " + c).orElse("");
                objectives.add(new Objective(item.ref(), item.objective(), status, reviews, completed));
            }
        }
        List<MeetingHeld> meetings = data.meetings().stream().map(held -> new MeetingHeld(held.date(), held.title(),
                names.of(held.present()), names.of(held.apologies()))).toList();
        return new AnnualReport(data.group().name() + " Annual Report " + period.label(), period.span(), objectives,
                meetings, StrandExamples.tally(data.strands(), data.submissions()));
    }

    /** Entered by the period's end and, if dated, not over before it began. */
    private static boolean inPeriod(PlanItem item, ReportPeriod period, ZoneId zone) {
        boolean enteredByEnd = !LocalDate.ofInstant(item.createdAt(), zone).isAfter(period.to());
        boolean overBefore = item.timescale().end().filter(end -> end.isBefore(period.from())).isPresent();
        return enteredByEnd && !overBefore;
    }
}
