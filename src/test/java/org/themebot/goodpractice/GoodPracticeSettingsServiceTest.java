package org.themebot.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;
import org.themebot.store.TestDatabase;

class GoodPracticeSettingsServiceTest {

    private static final Instant AT = Instant.parse("2008-10-08T08:15:00Z");
    private static final String CHAIR = "UCHAIR";
    private static final String MEMBER = "UMEMBER";

    @TempDir
    Path dir;

    private Jdbi jdbi;
    private GoodPracticeSettingsService settings;
    private ThemeGroup group;

    private static Invocation by(String userId) {
        return new Invocation("T1", "C1", "equalities", userId, AT);
    }

    @BeforeEach
    void aGroup() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        group = new GroupService(jdbi, ZoneId.of("Europe/London")).setup(by(CHAIR), GroupCommands.setupRequest("name Equalities")).group();
        settings = new GoodPracticeSettingsService(jdbi);
    }

    @Test
    void aGroupTracksTheSixStatutoryStrandsAndNoPrinciplesUntilItSetsItsOwn() {
        GoodPracticeSettings fresh = settings.of(group);

        assertThat(fresh.strands().names()).containsExactlyElementsOf(Strands.STATUTORY);
        assertThat(fresh.principles()).isEmpty();
    }

    @Test
    void theNineStrandListIsKeptAsTypedAndDefaultBringsBackTheSix() {
        GoodPracticeSettingsService.Changed nine = settings.setStrands(by(CHAIR), "Race, disability,  religion, young age, "
                + "older   age, sexual orientation, gender, new arrivals, Gypsy/Travellers,");

        assertThat(nine.settings().strands().names()).containsExactly("Race", "disability", "religion", "young age",
                "older age", "sexual orientation", "gender", "new arrivals", "Gypsy/Travellers");
        assertThat(settings.of(group).strands().match("bme, gypsy")).containsExactly("Race", "Gypsy/Travellers");

        assertThat(settings.setStrands(by(CHAIR), "DEFAULT").settings().strands().names())
                .containsExactlyElementsOf(Strands.STATUTORY);
    }

    @Test
    void principlesAreSetAndClearedByOfficersOnly() {
        assertThat(settings.setPrinciples(by(CHAIR), "Fairness, Inclusion & respect").settings().principles())
                .containsExactly("Fairness", "Inclusion & respect");

        NotAllowed refused = catchThrowableOfType(NotAllowed.class, () -> settings.setPrinciples(by(MEMBER), "Speed"));
        assertThat(refused.allowedUserIds()).containsExactly(CHAIR);
        assertThatThrownBy(() -> settings.setStrands(by(MEMBER), "race")).isInstanceOf(NotAllowed.class);

        assertThat(settings.setPrinciples(by(CHAIR), "none").settings().principles()).isEmpty();
    }

    @ParameterizedTest(name = "strands \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "''                   | Give at least one strand",
            "' , ,'               | Give at least one strand",
            "race, Race           | 'Race' is in the list twice.",
            "race, a b,  A   B    | 'A B' is in the list twice.",
    })
    void aBadStrandListIsRefusedAndChangesNothing(String typed, String problem) {
        settings.setStrands(by(CHAIR), "race, age");
        Map<String, String> before = TestDatabase.snapshot(jdbi);

        CommandError error = catchThrowableOfType(CommandError.class, () -> settings.setStrands(by(CHAIR), typed));

        assertThat(error.getMessage()).contains(problem);
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @Test
    void listsAreKeptShort() {
        assertThatThrownBy(() -> settings.setStrands(by(CHAIR), "x".repeat(61))).hasMessageContaining("at most 60 characters");
        assertThatThrownBy(() -> settings.setStrands(by(CHAIR), numbered("strand", 21)))
                .hasMessage("A group has at most 20 strands; this list has 21.");
        assertThatThrownBy(() -> settings.setPrinciples(by(CHAIR), numbered("principle", 21)))
                .hasMessage("A group has at most 20 principles; this list has 21.");
        assertThatThrownBy(() -> settings.setPrinciples(by(CHAIR), "x".repeat(151))).hasMessageContaining("at most 150");
        assertThat(settings.setStrands(by(CHAIR), numbered("strand", 20)).settings().strands().names()).hasSize(20);
    }

    /** "strand 1, strand 2, …". */
    private static String numbered(String word, int count) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            list.append(word).append(' ').append(i).append(", ");
        }
        return list.toString();
    }
}
