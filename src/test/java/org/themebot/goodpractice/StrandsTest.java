package org.themebot.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrandsTest {

    /** The nine strands one partnership used. */
    private static final Strands NINE = Strands.of(List.of("race", "disability", "religion", "young age", "older age",
            "sexual orientation", "gender", "new arrivals", "gypsy/travellers"));

    private static List<String> list(String semicolonSeparated) {
        return semicolonSeparated.isEmpty() ? List.of() : Arrays.asList(semicolonSeparated.split(";"));
    }

    @ParameterizedTest(name = "six strands: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "race                       | race",
            "RACE                       | race",
            "  Race  ,  Age             | race;age",
            "sexual                     | sexual orientation",
            "Sexual   Orientation       | sexual orientation",
            "bme                        | race",
            "BME, race                  | race",
            "faith                      | religion or belief",
            "religion                   | religion or belief",
            "lgbt, disabled             | disability;sexual orientation",
            "age, race, gender          | race;gender;age",
            "d                          | disability",
            "young people               | age",
            "''                         | ''",
            "' , '                      | ''",
    })
    void theSixStatutoryStrandsMatchByNameAliasOrUnambiguousPrefix(String typed, String expected) {
        assertThat(Strands.statutory().match(typed)).isEqualTo(list(expected));
    }

    @ParameterizedTest(name = "nine strands: \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "religion                   | religion",
            "faith                      | religion",
            "young                      | young age",
            "older                      | older age",
            "elderly, youth             | young age;older age",
            "gypsy                      | gypsy/travellers",
            "Gypsy/Travellers           | gypsy/travellers",
            "travellers                 | gypsy/travellers",
            "new                        | new arrivals",
            "refugees                   | new arrivals",
            "young people               | young age",
    })
    void aGroupsOwnListMatchesItsOwnNamesAndTheAliasesOfThem(String typed, String expected) {
        assertThat(NINE.match(typed)).isEqualTo(list(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "class              | 'class' is not one of this group's strands: race (also bme, bame, ethnicity), disability",
            "race, class        | 'class' is not one of this group's strands",
            "r                  | 'r' could be race or religion or belief: type more of it.",
            "orientation        | 'orientation' is not one of this group's strands",
            "races              | 'races' is not one of this group's strands",
    })
    void anUnknownOrAmbiguousStrandIsRefusedNamingTheGroupsStrands(String typed, String problem) {
        InvalidSubmission error = catchThrowableOfType(InvalidSubmission.class, () -> Strands.statutory().match(typed));
        assertThat(error.field()).isEqualTo(InvalidSubmission.Field.STRANDS);
        assertThat(error.getMessage()).contains(problem);
    }

    @Test
    void anAgeStrandIsAmbiguousAmongTheNine() {
        assertThat(catchThrowableOfType(InvalidSubmission.class, () -> NINE.match("age")).getMessage())
                .contains("'age' is not one of this group's strands", "young age", "older age", "gypsy/travellers");
    }

    @Test
    void aGroupGetsTheAliasesOfItsOwnStrandsOnly() {
        assertThat(Strands.statutory().strands()).extracting(Strands.Strand::name)
                .containsExactly("race", "disability", "gender", "age", "religion or belief", "sexual orientation");
        assertThat(NINE.strands()).filteredOn(s -> s.name().equals("religion")).singleElement()
                .satisfies(s -> assertThat(s.aliases()).containsExactly("faith", "belief"));
        assertThat(Strands.of(List.of("carers")).strands().get(0).aliases()).isEmpty();
    }

    @Test
    void anAliasThatNamesAnotherStrandOrTwoStrandsIsDropped() {
        Strands strands = Strands.of(List.of("race", "BME", "religion", "religion or belief"));

        assertThat(strands.strands().get(0).aliases()).containsExactly("bame", "ethnicity");
        assertThat(strands.strands().get(2).aliases()).isEmpty();
        assertThat(strands.match("bme")).containsExactly("BME");
        assertThat(catchThrowableOfType(InvalidSubmission.class, () -> strands.match("faith")).getMessage())
                .contains("'faith' is not one of this group's strands");
    }

    @Test
    void strandsNoLongerTrackedAreKeptAfterTheGroupsOwn() {
        Submission older = GoodPracticeFixtures.submission(1, List.of("race", "Gypsy/Travellers", "carers"));
        Submission newer = GoodPracticeFixtures.submission(2, List.of("carers", "age"));

        assertThat(Strands.statutory().withOthersIn(List.of(older, newer))).containsExactly("race", "disability",
                "gender", "age", "religion or belief", "sexual orientation", "Gypsy/Travellers", "carers");
    }
}
