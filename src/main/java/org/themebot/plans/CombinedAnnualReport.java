package org.themebot.plans;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.themebot.goodpractice.Strands;
import org.themebot.goodpractice.Submission;
import org.themebot.people.Names;

/**
 * Several groups' annual reports as one, for the board of the partnership they belong to: each
 * group's objectives and meetings under its name, then good practice by strand across them all,
 * with the strands no group has an example for. Plain, unescaped text.
 */
public record CombinedAnnualReport(String title, String span, List<GroupReport> groups,
                                   List<StrandExamples> goodPractice) {

    public CombinedAnnualReport {
        Objects.requireNonNull(title, "title");
        groups = List.copyOf(groups);
        goodPractice = List.copyOf(goodPractice);
    }

    /** One member group's part. */
    public record GroupReport(String groupName, AnnualReport report) {
    }

    /** The strands no member group has an example for: the "hidden voices". */
    public List<String> gaps() {
        return StrandExamples.gaps(goodPractice);
    }

    /** "<Partnership> Annual Report 2008/09" from each member group's data, people named through {@code names}. */
    public static CombinedAnnualReport of(String name, ReportPeriod period, List<AnnualReports.ReportData> groups,
                                          Names names) {
        Set<String> strands = new LinkedHashSet<>();
        List<Submission> submissions = new ArrayList<>();
        List<GroupReport> reports = new ArrayList<>();
        for (AnnualReports.ReportData group : groups) {
            strands.addAll(group.strands().names());
            submissions.addAll(group.submissions());
            reports.add(new GroupReport(group.group().name(), group.toReport(names)));
        }
        return new CombinedAnnualReport(name + " Annual Report " + period.label(), period.span(), reports,
                StrandExamples.tally(Strands.of(List.copyOf(strands)), submissions));
    }
}
