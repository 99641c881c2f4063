package org.themebot.partnership;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.themebot.plans.DocumentFormat;
import org.themebot.plans.StrandExamples;

/**
 * A partnership's roll-up across its member groups, as {@code /partnership show}, the monthly
 * board report and the export give it. Only groups that accepted and have not left appear; an
 * invitation awaiting an answer shows as its channel and nothing else. Plain, unescaped text.
 */
public record BoardReport(String title, LocalDate asOf, List<GroupFigures> groups, List<StrandExamples> goodPractice,
                          List<String> pendingChannels) {

    public BoardReport {
        Objects.requireNonNull(title, "title");
        groups = List.copyOf(groups);
        goodPractice = List.copyOf(goodPractice);
        pendingChannels = List.copyOf(pendingChannels);
    }

    /** One member group: its actions open, overdue and done this quarter, the oldest overdue, objectives at risk, next meeting. */
    public record GroupFigures(String groupName, String channelId, int open, int overdue, int doneThisQuarter,
                               Optional<OverdueAction> oldestOverdue, List<String> atRisk,
                               Optional<LocalDate> nextMeeting) {
        public GroupFigures {
            atRisk = List.copyOf(atRisk);
        }
    }

    public record OverdueAction(String ref, String text, LocalDate due, long daysOverdue) {
    }

    /** The formats {@code /partnership export} offers. */
    public static final Set<DocumentFormat> FORMATS = EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF, DocumentFormat.XLSX);

    /** @throws IllegalArgumentException for a format not in {@link #FORMATS} */
    public byte[] render(DocumentFormat format) {
        return switch (format) {
            case DOCX, PDF -> BoardReportDocument.document(this, format);
            case XLSX -> BoardReportDocument.xlsx(this);
            case MD -> throw new IllegalArgumentException("a board report is not exported as " + format);
        };
    }

    /** The strands no member group has an example for: the "hidden voices". */
    public List<String> gaps() {
        return StrandExamples.gaps(goodPractice);
    }
}
