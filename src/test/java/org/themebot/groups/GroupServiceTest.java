package org.themebot.groups;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.store.TestDatabase;

class GroupServiceTest {

    private static final Instant AT = Instant.parse("2008-09-03T09:30:00Z");

    @TempDir
    Path dir;

    private Jdbi jdbi;
    private GroupService groups;

    @BeforeEach
    void openDatabase() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        groups = new GroupService(jdbi, ZoneId.of("Europe/London"));
    }

    private static Invocation by(String userId) {
        return in("C1", userId);
    }

    private static Invocation in(String channelId, String userId) {
        return new Invocation("T1", channelId, "equalities", userId, AT);
    }

    @Test
    void theFirstToSetUpAChannelChairsIt() {
        GroupService.Setup setup = groups.setup(by("U1"), GroupCommands.setupRequest(""));

        assertThat(setup.created()).isTrue();
        ThemeGroup group = setup.group();
        assertThat(group.chairs()).containsExactly("U1");
        assertThat(group.secretaries()).isEmpty();
        assertThat(group.name()).isEqualTo("#equalities");
        assertThat(group.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(group.workspaceId()).isEqualTo("T1");
        assertThat(group.channelId()).isEqualTo("C1");
        assertThat(group.createdAt()).isEqualTo(AT);
        assertThat(groups.show(by("U2"))).isEqualTo(group);
    }

    @Test
    void aNewGroupTakesTheConfiguredDefaultZone() {
        GroupService dublin = new GroupService(jdbi, ZoneId.of("Europe/Dublin"));

        assertThat(dublin.setup(by("U1"), GroupCommands.setupRequest("")).group().zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    }

    @Test
    void nameChairAndSecretaryAreRead() {
        ThemeGroup group = groups.setup(by("U1"), GroupCommands.setupRequest("name E&amp;CC Theme Group chair <@U2|balbir> secretary <@U3|sue.bent>, <@U4|deb>")).group();

        assertThat(group.name()).isEqualTo("E&CC Theme Group");
        assertThat(group.chairs()).containsExactly("U2");
        assertThat(group.secretaries()).containsExactly("U3", "U4");
        assertThat(group.officers()).containsExactly("U2", "U3", "U4");
        assertThat(group.isChairOrSecretary("U1")).isFalse();
    }

    @Test
    void partsMayComeInAnyOrderAndAnyCase() {
        ThemeGroup group = groups.setup(by("U1"), GroupCommands.setupRequest("Secretary <@U3|sue> NAME Equalities Theme Group")).group();

        assertThat(group.name()).isEqualTo("Equalities Theme Group");
        assertThat(group.chairs()).containsExactly("U1");
        assertThat(group.secretaries()).containsExactly("U3");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "chair Sue Bent",
            "secretary Debbie Briggs",
            "chair <@U2|balbir>/ Debbie Briggs",
            "chair ALL",
            "chair",
            "secretary  ",
            "name",
            "Equalities Theme Group",
            "colour blue"})
    void aSetupThatCannotBeReadIsRefusedAndCreatesNothing(String args) {
        Map<String, String> before = TestDatabase.snapshot(jdbi);

        CommandError error = catchThrowableOfType(CommandError.class, () -> groups.setup(by("U1"), GroupCommands.setupRequest(args)));

        assertThat(error).isNotNull().isNotInstanceOf(NotAllowed.class);
        assertThat(error.getMessage()).isNotBlank();
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @Test
    void aNameOver200CharactersIsRefused() {
        assertThatThrownBy(() -> groups.setup(by("U1"), GroupCommands.setupRequest("name " + "x".repeat(201))))
                .isInstanceOf(CommandError.class)
                .hasMessageContaining("200");
        assertThat(groups.setup(by("U1"), GroupCommands.setupRequest("name " + "x".repeat(200))).group().name()).hasSize(200);
    }

    @Test
    void aNonOfficersSecondSetupIsRefusedNamingTheOfficersAndChangesNothing() {
        groups.setup(by("U1"), GroupCommands.setupRequest("name E&amp;CC secretary <@U3|sue>"));
        Map<String, String> before = TestDatabase.snapshot(jdbi);

        NotAllowed refused = catchThrowableOfType(NotAllowed.class,
                () -> groups.setup(by("U9"), GroupCommands.setupRequest("name Hijacked chair <@U9|mallory>")));

        assertThat(refused).isNotNull();
        assertThat(refused.allowedUserIds()).containsExactly("U1", "U3");
        assertThat(refused.getMessage()).contains("chairs and secretaries");
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
        assertThat(groups.show(by("U9")).name()).isEqualTo("E&CC");
    }

    @Test
    void aNonOfficerMayNotEvenRepeatAnEmptySetup() {
        groups.setup(by("U1"), GroupCommands.setupRequest(""));

        assertThatThrownBy(() -> groups.setup(by("U9"), GroupCommands.setupRequest(""))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void officersMayChangeTheSetupAndOnlyWhatTheyName() {
        groups.setup(by("U1"), GroupCommands.setupRequest("name Equalities secretary <@U3|sue>"));

        GroupService.Setup renamed = groups.setup(by("U3"), GroupCommands.setupRequest("name Communities Theme Group"));
        GroupService.Setup rechaired = groups.setup(by("U1"), GroupCommands.setupRequest("chair <@U2|balbir>, <@U1|me>"));

        assertThat(renamed.created()).isFalse();
        assertThat(renamed.group().name()).isEqualTo("Communities Theme Group");
        assertThat(renamed.group().chairs()).containsExactly("U1");
        assertThat(rechaired.group().name()).isEqualTo("Communities Theme Group");
        assertThat(rechaired.group().chairs()).containsExactly("U2", "U1");
        assertThat(rechaired.group().secretaries()).containsExactly("U3");
        assertThat(rechaired.group().id()).isEqualTo(renamed.group().id());
    }

    @Test
    void eachChannelHasItsOwnGroup() {
        ThemeGroup first = groups.setup(by("U1"), GroupCommands.setupRequest("name Equalities")).group();

        assertThatThrownBy(() -> groups.show(in("C2", "U1"))).isInstanceOf(CommandError.class);
        assertThatThrownBy(() -> groups.show(new Invocation("T2", "C1", "equalities", "U1", AT)))
                .isInstanceOf(CommandError.class);

        GroupService.Setup second = groups.setup(in("C2", "U2"), GroupCommands.setupRequest("name Communities"));

        assertThat(second.created()).isTrue();
        assertThat(second.group().id()).isNotEqualTo(first.id());
        assertThat(second.group().chairs()).containsExactly("U2");
        assertThat(groups.show(by("U2")).name()).isEqualTo("Equalities");
        assertThat(groups.show(in("C2", "U1")).name()).isEqualTo("Communities");
        // The chair of C1 is nobody in C2.
        assertThatThrownBy(() -> groups.setup(in("C2", "U1"), GroupCommands.setupRequest("name Taken Over"))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void showWithoutAGroupSaysHowToSetOneUp() {
        CommandError error = catchThrowableOfType(CommandError.class, () -> groups.show(by("U1")));

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).contains("no theme group");
        assertThat(error.correctForm()).contains("/themegroup setup");
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "america/new_york", "AMERICA/NEW_YORK", "  America/New_York  "})
    void theTimeZoneIsAnIanaZoneInAnyCase(String typed) {
        groups.setup(by("U1"), GroupCommands.setupRequest(""));

        ThemeGroup group = groups.setTimeZone(by("U1"), typed);

        assertThat(group.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(groups.show(by("U1")).zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Mars/Olympus_Mons", "London", "+01:00", "Europe/London extra"})
    void anUnknownTimeZoneIsRefusedAndChangesNothing(String typed) {
        groups.setup(by("U1"), GroupCommands.setupRequest(""));
        Map<String, String> before = TestDatabase.snapshot(jdbi);

        CommandError error = catchThrowableOfType(CommandError.class, () -> groups.setTimeZone(by("U1"), typed));

        assertThat(error).isNotNull();
        assertThat(groups.show(by("U1")).zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @Test
    void onlyOfficersChangeTheTimeZone() {
        groups.setup(by("U1"), GroupCommands.setupRequest("secretary <@U3|sue>"));

        NotAllowed refused = catchThrowableOfType(NotAllowed.class, () -> groups.setTimeZone(by("U9"), "Europe/Paris"));

        assertThat(refused).isNotNull();
        assertThat(refused.allowedUserIds()).containsExactly("U1", "U3");
        assertThat(groups.show(by("U1")).zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(groups.setTimeZone(by("U3"), "Europe/Paris").zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aTimeZoneNeedsAGroup() {
        CommandError error = catchThrowableOfType(CommandError.class, () -> groups.setTimeZone(by("U1"), "Europe/Paris"));

        assertThat(error).isNotNull();
        assertThat(error.correctForm()).contains("/themegroup setup");
    }
}
