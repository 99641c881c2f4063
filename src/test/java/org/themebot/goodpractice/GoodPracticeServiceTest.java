package org.themebot.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.groups.GroupService;
import org.themebot.people.Who;
import org.themebot.store.TestDatabase;

class GoodPracticeServiceTest {

    /** Wednesday 8 October 2008, 9:15 in London. */
    private static final Instant AT = Instant.parse("2008-10-08T08:15:00Z");

    private static final String CHAIR = "UCHAIR";
    private static final String SECRETARY = "USEC";
    private static final String BALBIR = "UBALBIR";
    private static final String JUNE = "UJUNE";

    @TempDir
    Path dir;

    private Jdbi jdbi;
    private GoodPracticeAsCommands goodPractice;
    private GoodPracticeSettingsService settings;

    private static Invocation by(String userId) {
        return by(userId, AT);
    }

    private static Invocation by(String userId, Instant at) {
        return new Invocation("T1", "C1", "equalities", userId, at);
    }

    @BeforeEach
    void aGroupWithAChairAndASecretary() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        new GroupService(jdbi, ZoneId.of("Europe/London")).setup(by(CHAIR), GroupCommands.setupRequest("name E&amp;CC Theme Group secretary <@USEC|sec>"));
        goodPractice = new GoodPracticeAsCommands(new GoodPracticeService(jdbi));
        settings = new GoodPracticeSettingsService(jdbi);
    }

    private Submission submit(String userId, String args) {
        return goodPractice.submit(by(userId), args).submission();
    }

    // ---- submit ----

    @Test
    void aSubmissionKeepsItsTextAsTypedWithTheStrandsItConcernsAndItsSubmitter() {
        Submission first = submit(BALBIR, "Hate crime reporting in schools | Pupils report through a trusted adult | "
                + "bme, sexual, faith");
        Submission second = submit(JUNE, "Café für Älle — 多様性 🌍 | <https://example.org/a?x=1&amp;y=2|the toolkit>");

        assertThat(first.ref()).isEqualTo("G1");
        assertThat(first.title()).isEqualTo("Hate crime reporting in schools");
        assertThat(first.description()).isEqualTo("Pupils report through a trusted adult");
        assertThat(first.strands()).containsExactly("race", "religion or belief", "sexual orientation");
        assertThat(first.submitter()).isEqualTo(new Who.SlackUser(BALBIR));
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(first.submittedAt()).isEqualTo(AT);
        assertThat(second.ref()).isEqualTo("G2");
        assertThat(second.title()).isEqualTo("Café für Älle — 多様性 🌍");
        assertThat(second.link()).isEqualTo("https://example.org/a?x=1&y=2");
        assertThat(second.description()).isEqualTo("the toolkit");
        assertThat(goodPractice.show(by(CHAIR), "g2").submission()).isEqualTo(second);
    }

    @Test
    void theModalMayNameAPrincipleAndSomeoneOutsideSlack() {
        settings.setPrinciples(by(CHAIR), "Fairness, Inclusion & respect");
        Submission s = goodPractice.submit(by(BALBIR), new Draft("Mentoring scheme", "Older mentors", "https://example.org/m",
                "age, Disability", "inclusion & RESPECT", "Cllr Kevin Foster")).submission();

        assertThat(s.principle()).contains("Inclusion & respect");
        assertThat(s.onBehalfOf()).contains("Cllr Kevin Foster");
        assertThat(s.submitter()).isEqualTo(new Who.Named("Cllr Kevin Foster"));
        assertThat(s.submittedBy()).isEqualTo(BALBIR);
        assertThat(s.strands()).containsExactly("disability", "age");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void aBadPartOfAModalIsNamedWithTheFieldItIsIn(String what, Draft draft, InvalidSubmission.Field field) {
        InvalidSubmission error = catchThrowableOfType(InvalidSubmission.class, () -> goodPractice.submit(by(BALBIR), draft));

        assertThat(error.field()).isEqualTo(field);
        assertThat(goodPractice.list(by(CHAIR), "all").submissions()).isEmpty();
    }

    static Stream<Arguments> badDrafts() {
        return Stream.of(
                arguments("no title", new Draft("  ", "", "", "", "", ""), InvalidSubmission.Field.TITLE),
                arguments("long title", new Draft("x".repeat(301), "", "", "", "", ""), InvalidSubmission.Field.TITLE),
                arguments("long description", new Draft("T", "x".repeat(3001), "", "", "", ""), InvalidSubmission.Field.DESCRIPTION),
                arguments("link without scheme", new Draft("T", "", "example.org", "", "", ""), InvalidSubmission.Field.LINK),
                arguments("link with spaces", new Draft("T", "", "https://a b", "", "", ""), InvalidSubmission.Field.LINK),
                arguments("unknown strand", new Draft("T", "", "", "class", "", ""), InvalidSubmission.Field.STRANDS),
                arguments("unknown principle", new Draft("T", "", "", "", "Speed", ""), InvalidSubmission.Field.PRINCIPLE),
                arguments("long name", new Draft("T", "", "", "", "", "x".repeat(201)), InvalidSubmission.Field.ON_BEHALF_OF));
    }

    // ---- list ----

    @Test
    void aListEndsWithACountPerStrandZerosIncluded() {
        submit(BALBIR, "Hate crime reporting | | race, faith");
        submit(JUNE, "Interpreting service | | bme");
        submit(JUNE, "Accessible venues | | disability");
        goodPractice.withdraw(by(JUNE), "G3");

        GoodPracticeService.Listed listed = goodPractice.list(by(JUNE), "");

        assertThat(listed.submissions()).extracting(Submission::ref).containsExactly("G1", "G2");
        assertThat(listed.strandCounts()).containsExactly(Map.entry("race", 2L), Map.entry("disability", 0L),
                Map.entry("gender", 0L), Map.entry("age", 0L), Map.entry("religion or belief", 1L),
                Map.entry("sexual orientation", 0L));
    }

    @Test
    void listsChooseByStatus() {
        submit(BALBIR, "One");
        submit(BALBIR, "Two");
        submit(BALBIR, "Three");
        goodPractice.table(by(SECRETARY), "G2");
        goodPractice.withdraw(by(BALBIR), "G3");

        assertThat(refs("new")).containsExactly("G1");
        assertThat(refs("tabled")).containsExactly("G2");
        assertThat(refs("")).containsExactly("G1", "G2");
        assertThat(refs("ALL")).containsExactly("G1", "G2");
        assertThatThrownBy(() -> goodPractice.list(by(BALBIR), "withdrawn")).isInstanceOf(CommandError.class)
                .hasMessageContaining("'withdrawn'");
    }

    private List<String> refs(String filter) {
        return goodPractice.list(by(JUNE), filter).submissions().stream().map(Submission::ref).toList();
    }

    @Test
    void changingTheGroupsStrandsKeepsTheStrandsOfOlderSubmissions() {
        submit(BALBIR, "Hate crime reporting | | race, sexual");
        settings.setStrands(by(CHAIR), "race, disability, religion, young age, older age, sexual orientation, gender, "
                + "new arrivals, gypsy/travellers");
        submit(JUNE, "Welcome pack | | new, gypsy");
        settings.setStrands(by(CHAIR), "carers");

        GoodPracticeService.Listed listed = goodPractice.list(by(JUNE), "all");

        assertThat(listed.submissions().get(0).strands()).containsExactly("race", "sexual orientation");
        assertThat(listed.submissions().get(1).strands()).containsExactly("new arrivals", "gypsy/travellers");
        assertThat(listed.strandCounts()).containsExactly(Map.entry("carers", 0L), Map.entry("race", 1L),
                Map.entry("sexual orientation", 1L), Map.entry("new arrivals", 1L), Map.entry("gypsy/travellers", 1L));
    }

    // ---- table and withdraw ----

    @Test
    void onlyChairsAndSecretariesTable() {
        submit(BALBIR, "Hate crime reporting");

        NotAllowed refused = catchThrowableOfType(NotAllowed.class, () -> goodPractice.table(by(BALBIR), "G1"));
        assertThat(refused.allowedUserIds()).containsExactly(CHAIR, SECRETARY);

        assertThat(goodPractice.table(by(SECRETARY), "G1").submission().status()).isEqualTo(SubmissionStatus.TABLED);
        assertThatThrownBy(() -> goodPractice.table(by(CHAIR), "G1")).isInstanceOf(CommandError.class)
                .hasMessage("G1 is tabled already, so it cannot be tabled.");
    }

    @Test
    void whoeverSubmittedItOrAnOfficerWithdrawsIt() {
        submit(BALBIR, "One");
        submit(BALBIR, "Two");

        NotAllowed refused = catchThrowableOfType(NotAllowed.class, () -> goodPractice.withdraw(by(JUNE), "G1"));
        assertThat(refused.getMessage()).isEqualTo("Only whoever submitted G1 and the group's chairs and secretaries may withdraw it.");

        assertThat(goodPractice.withdraw(by(BALBIR), "G1").submission().status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(goodPractice.withdraw(by(CHAIR), "G2").submission().status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThatThrownBy(() -> goodPractice.withdraw(by(BALBIR), "G1")).isInstanceOf(CommandError.class)
                .hasMessage("G1 is withdrawn already, so it cannot be withdrawn.");
        assertThatThrownBy(() -> goodPractice.table(by(CHAIR), "G1")).isInstanceOf(CommandError.class)
                .hasMessage("G1 is withdrawn already, so it cannot be tabled.");
    }

    // ---- isolation ----

    @Test
    void aGroupsSubmissionsAreSeenOnlyInItsChannel() {
        submit(BALBIR, "Hate crime reporting");
        Invocation elsewhere = new Invocation("T1", "C2", "random", CHAIR, AT);
        Invocation otherWorkspace = new Invocation("T2", "C1", "equalities", CHAIR, AT);

        for (Invocation inv : List.of(elsewhere, otherWorkspace)) {
            assertThatThrownBy(() -> goodPractice.show(inv, "G1")).hasMessageContaining("no theme group");
            assertThatThrownBy(() -> goodPractice.list(inv, "")).hasMessageContaining("no theme group");
            assertThatThrownBy(() -> goodPractice.submit(inv, "Sneaky")).hasMessageContaining("no theme group");
        }
        new GroupService(jdbi, ZoneId.of("Europe/London")).setup(elsewhere, GroupCommands.setupRequest("name Other Group"));
        assertThat(goodPractice.list(elsewhere, "all").submissions()).isEmpty();
        assertThatThrownBy(() -> goodPractice.table(elsewhere, "G1")).hasMessageContaining("There is no good practice G1");
        assertThat(goodPractice.submit(elsewhere, "Their own").submission().ref()).isEqualTo("G1");
    }

    // ---- export and digest ----

    @Test
    void onlyOfficersExportAndWithdrawnSubmissionsAreLeftOut() {
        submit(BALBIR, "One");
        submit(BALBIR, "Two");
        goodPractice.withdraw(by(BALBIR), "G2");

        assertThatThrownBy(() -> goodPractice.export(by(BALBIR), "")).isInstanceOf(NotAllowed.class);
        GoodPracticeService.Export export = goodPractice.export(by(SECRETARY), "");

        assertThat(export.submissions()).extracting(Submission::ref).containsExactly("G1");
        assertThat(export.fileName()).isEqualTo("good-practice-2008-10-08.csv");
    }

    @Test
    void theDigestGetsWhatCameInSinceItsLastRunAndWhatIsTabled() {
        Instant lastDigest = AT.plusSeconds(3600);
        goodPractice.submit(by(BALBIR, AT), "Before the last digest, tabled");
        goodPractice.submit(by(BALBIR, AT), "Before the last digest");
        goodPractice.submit(by(BALBIR, lastDigest), "Exactly at the last digest");
        goodPractice.submit(by(JUNE, lastDigest.plusSeconds(1)), "After it");
        goodPractice.submit(by(JUNE, lastDigest.plusSeconds(2)), "After it, withdrawn");
        goodPractice.table(by(CHAIR), "G1");
        goodPractice.withdraw(by(JUNE), "G5");
        long groupId = goodPractice.show(by(CHAIR), "G1").group().id();

        GoodPracticeService.ForDigest digest = jdbi.withHandle(h -> GoodPracticeService.forDigest(h, groupId, lastDigest));

        assertThat(digest.submittedSince()).extracting(Submission::title).containsExactly("After it");
        assertThat(digest.tabled()).extracting(Submission::ref).containsExactly("G1");
        GoodPracticeService.ForDigest otherGroup = jdbi.withHandle(h -> GoodPracticeService.forDigest(h, groupId + 1,
                Instant.EPOCH));
        assertThat(otherGroup).isEqualTo(
                new GoodPracticeService.ForDigest(List.of(), List.of()));
    }

    // ---- bad input changes nothing ----

    static Stream<Arguments> badCommands() {
        return Stream.of(
                bad("submit with no title", (s, inv) -> s.submit(inv, "| a description | race")),
                bad("submit blank", (s, inv) -> s.submit(inv, "   ")),
                bad("submit with 4 columns", (s, inv) -> s.submit(inv, "Title | text | race | extra")),
                bad("submit with a 301-character title", (s, inv) -> s.submit(inv, "x".repeat(301))),
                bad("submit with a 301-character title once unescaped", (s, inv) -> s.submit(inv, "&amp;".repeat(301))),
                bad("submit with a 3001-character description", (s, inv) -> s.submit(inv, "T | " + "x".repeat(3001))),
                bad("submit with an unknown strand", (s, inv) -> s.submit(inv, "Title | text | race, class")),
                bad("submit with an ambiguous strand", (s, inv) -> s.submit(inv, "Title | text | r")),
                bad("list bogus", (s, inv) -> s.list(inv, "bogus")),
                bad("show without ref", (s, inv) -> s.show(inv, "")),
                bad("show A1", (s, inv) -> s.show(inv, "A1")),
                bad("show G99", (s, inv) -> s.show(inv, "G99")),
                bad("show G0", (s, inv) -> s.show(inv, "G0")),
                bad("table without ref", (s, inv) -> s.table(inv, "")),
                bad("table G1 now", (s, inv) -> s.table(inv, "G1 now")),
                bad("table a ten-digit ref", (s, inv) -> s.table(inv, "G1234567890")),
                bad("table G2, tabled already", (s, inv) -> s.table(inv, "G2")),
                bad("table G3, withdrawn", (s, inv) -> s.table(inv, "G3")),
                bad("withdraw G99", (s, inv) -> s.withdraw(inv, "G99")),
                bad("withdraw G3, withdrawn already", (s, inv) -> s.withdraw(inv, "G3")),
                bad("export csv", (s, inv) -> s.export(inv, "csv")));
    }

    private static Arguments bad(String name, BiConsumer<GoodPracticeAsCommands, Invocation> command) {
        return arguments(name, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommands")
    void aBadCommandIsRefusedAndChangesNothing(String name, BiConsumer<GoodPracticeAsCommands, Invocation> command) {
        submit(BALBIR, "One | | race");
        submit(BALBIR, "Two | | age");
        submit(BALBIR, "Three");
        goodPractice.table(by(CHAIR), "G2");
        goodPractice.withdraw(by(BALBIR), "G3");
        Map<String, String> before = TestDatabase.snapshot(jdbi);

        CommandError error = catchThrowableOfType(CommandError.class, () -> command.accept(goodPractice, by(CHAIR)));

        assertThat(error).as("refused").isNotNull();
        assertThat(error.getMessage()).isNotBlank();
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @Test
    void aRefSaysWhatIsWrong() {
        CommandError error = catchThrowableOfType(CommandError.class, () -> goodPractice.show(by(CHAIR), "A1"));

        assertThat(error.getMessage()).isEqualTo("'A1' is not a good-practice example ref like G3.");
        assertThatThrownBy(() -> goodPractice.table(by(CHAIR), "G1 now"))
                .hasMessage("Give just the ref of the good-practice example (e.g. G3).");
    }
}
