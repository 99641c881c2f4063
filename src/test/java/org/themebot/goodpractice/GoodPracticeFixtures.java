package org.themebot.goodpractice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Submissions built in memory, for tests of what is made of them. */
final class GoodPracticeFixtures {

    static final Instant SUBMITTED_AT = Instant.parse("2008-10-08T08:15:00Z");

    private GoodPracticeFixtures() {
    }

    static Submission submission(int number, List<String> strands) {
        return new Submission(number, 1, number, "Example " + number, "", "", strands, Optional.empty(), "U0SUE",
                Optional.empty(), SubmissionStatus.SUBMITTED, Optional.empty(), SUBMITTED_AT);
    }
}
