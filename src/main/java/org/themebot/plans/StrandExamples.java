package org.themebot.plans;

import java.util.List;
import org.themebot.goodpractice.Strands;
import org.themebot.goodpractice.Submission;

/**
 * The good-practice examples for one equality strand; a strand with none is a gap, a "hidden
 * voice" the group (or partnership) has nothing for.
 */
public record StrandExamples(String strand, List<String> examples) {

    public StrandExamples {
        examples = List.copyOf(examples);
    }

    public boolean isGap() {
        return examples.isEmpty();
    }

    /**
     * The submissions' titles under each strand: the tracked strands in their order, then any
     * other strand a submission names (kept from an earlier list), each with its examples.
     */
    public static List<StrandExamples> tally(Strands strands, List<Submission> submissions) {
        return strands.withOthersIn(submissions).stream()
                .map(strand -> new StrandExamples(strand, submissions.stream()
                        .filter(s -> s.concerns(strand)).map(Submission::title).toList()))
                .toList();
    }

    public static List<String> gaps(List<StrandExamples> tally) {
        return tally.stream().filter(StrandExamples::isGap).map(StrandExamples::strand).toList();
    }
}
