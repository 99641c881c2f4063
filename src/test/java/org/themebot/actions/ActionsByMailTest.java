package org.themebot.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.TestDatabase;

/** An owner outside Slack acting on their action through a link in a reminder mail: as themselves, once, and only theirs. */
class ActionsByMailTest {

    private static final Instant AT = Instant.parse("2008-09-03T09:30:00Z");
    private static final Instant LATER = AT.plusSeconds(3600);

    @TempDir
    Path dir;
    Jdbi jdbi;
    AsCommands actions;
    long kevinsAction;

    @BeforeEach
    void anActionOfKevinFostersAndAnother() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        Invocation secretary = new Invocation("T1", "C1", "eq", "USEC", AT);
        new GroupService(jdbi, ZoneId.of("Europe/London")).setup(secretary, GroupCommands.setupRequest("name Equalities"));
        actions = new AsCommands(new ActionService(jdbi, MeetingLink.NONE));
        kevinsAction = actions.add(secretary, "Report back on the panel | Cllr Kevin Foster, <@USUE|sue> | Sept 08")
                .action().id();
        actions.add(secretary, "Book the venue | Supt Jim Titley | Sept 08");
    }

    private ActionStore store() {
        return jdbi.onDemand(ActionStore.class);
    }

    @Test
    void anOwnerMarksTheirActionDoneUnderTheNameTheLinkWasSignedFor() {
        ActionService.Changed done = actions.service().doneByMail(kevinsAction, "Kevin Foster", LATER);

        assertThat(done.action().status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.change()).isEqualTo(ActionEvent.Kind.DONE);
        assertThat(store().history(kevinsAction)).extracting(ActionEvent::kind, ActionEvent::actor, ActionEvent::at)
                .last().isEqualTo(tuple(ActionEvent.Kind.DONE, "mail:Kevin Foster", LATER));
        assertThat(ActionEvent.mailedBy("mail:Kevin Foster")).contains("Kevin Foster");
        assertThat(ActionEvent.mailedBy("U01SUE")).isEmpty();
    }

    @Test
    void anUpdateGoesIntoTheHistoryAsTheirs() {
        actions.service().updateByMail(kevinsAction, "cllr kevin foster", "Spoke to the panel's chair", LATER);

        assertThat(store().history(kevinsAction)).extracting(ActionEvent::kind, ActionEvent::detail, ActionEvent::actor)
                .last().isEqualTo(tuple(ActionEvent.Kind.UPDATE, "Spoke to the panel's chair", "mail:cllr kevin foster"));
        assertThat(store().findById(kevinsAction).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void someoneWhoIsNotAnOwnerOrAClosedActionIsRefusedAndNothingChanges() {
        long jims = store().find(store().findById(kevinsAction).orElseThrow().groupId(), 2).orElseThrow().id();

        assertThatThrownBy(() -> actions.service().doneByMail(jims, "Cllr Kevin Foster", LATER))
                .isInstanceOf(CommandError.class).hasMessageContaining("Cllr Kevin Foster is no longer an owner of A2");
        assertThatThrownBy(() -> actions.service().updateByMail(kevinsAction, "Kevin Foster", " ", LATER))
                .isInstanceOf(CommandError.class);
        actions.service().doneByMail(kevinsAction, "Kevin Foster", LATER);
        assertThatThrownBy(() -> actions.service().doneByMail(kevinsAction, "Kevin Foster", LATER))
                .isInstanceOf(CommandError.class).hasMessageContaining("A1 is done already");
        assertThat(store().findById(jims).orElseThrow().isOpen()).isTrue();
        assertThat(store().history(jims)).hasSize(1);
        assertThat(store().history(kevinsAction)).extracting(ActionEvent::kind)
                .containsExactly(ActionEvent.Kind.CREATED, ActionEvent.Kind.DONE);
    }
}
