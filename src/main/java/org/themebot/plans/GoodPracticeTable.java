package org.themebot.plans;

import java.util.List;

/**
 * Good practice by equality strand as the reports show it: a strand a row with its examples, then
 * the "hidden voices", the strands with none.
 */
public final class GoodPracticeTable {

    private static final List<String> HEADER = List.of("Equality strand", "Good practice");
    private static final int[] PERCENTS = {25, 75};

    private GoodPracticeTable() {
    }

    /** @param gapsSay what comes before the gaps' names: "no examples for ", "no group has an example for " */
    public static void write(DocumentWriter doc, String heading, List<StrandExamples> strands, String gapsSay) {
        doc.heading(heading);
        doc.table(HEADER, PERCENTS, strands.stream()
                .map(s -> List.of(s.strand(), s.isGap() ? "no examples" : String.join("\n", s.examples()))).toList());
        List<String> gaps = StrandExamples.gaps(strands);
        doc.labelled("Hidden voices:", gaps.isEmpty() ? "every strand has an example."
                : gapsSay + PlanText.names(gaps) + ".");
    }
}
