package org.themebot.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.TestClock;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.groups.GroupService;
import org.themebot.people.Who;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** The address book on SQLite and on PostgreSQL; each test works in a channel of its own. */
class ContactServiceTest {

    private static final Instant AT = TestClock.start();
    private static final AtomicInteger channels = new AtomicInteger();
    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    /** A new group in a channel of its own, chaired by UCHAIR with USEC as secretary, and its address book. */
    private record Group(Jdbi jdbi, ContactService contacts, Invocation chair) {

        static Group on(Database database) {
            Invocation chair = new Invocation("T1", "C" + channels.incrementAndGet(), "eq", "UCHAIR", AT);
            new GroupService(database.jdbi(), ZoneId.of("Europe/London")).setup(chair, GroupCommands.setupRequest("secretary <@USEC|sec>"));
            return new Group(database.jdbi(), new ContactService(database.jdbi()), chair);
        }
    }

    private static Invocation as(Invocation inv, String userId) {
        return new Invocation(inv.workspaceId(), inv.channelId(), inv.channelName(), userId, inv.at());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aContactIsFoundByTheirNameWithOrWithoutTitle(String name, Database database) {
        Group group = Group.on(database);

        ContactService.Saved saved = group.contacts().save(group.chair(), "Cllr Kevin Foster", "kevin@Example.org");

        assertThat(saved.contact().name()).isEqualTo("Cllr Kevin Foster");
        assertThat(saved.contact().email().value()).isEqualTo("kevin@example.org");
        assertThat(saved.replaced()).isEmpty();
        long groupId = saved.group().id();
        Optional<Contact> found = group.jdbi().withHandle(h -> ContactService.find(h, groupId, new Who.Named("kevin foster")));
        assertThat(found).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("Cllr Kevin Foster");
            assertThat(c.takesReminders()).isTrue();
        });
        Optional<Contact> other = group.jdbi().withHandle(h -> ContactService.find(h, groupId, new Who.Named("Kevin Forster")));
        assertThat(other).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameNameAgainReplacesTheContactAndTheListIsByName(String name, Database database) {
        Group group = Group.on(database);
        group.contacts().save(group.chair(), "Supt Jim Titley", "jim@police.example.org");
        group.contacts().save(group.chair(), "Kevin Foster", "kevin@example.org");

        ContactService.Saved again = group.contacts().save(as(group.chair(), "USEC"), "Cllr Kevin Foster", "k.foster@torbay.example.org");

        assertThat(again.replaced()).hasValueSatisfying(c -> assertThat(c.email().value()).isEqualTo("kevin@example.org"));
        assertThat(group.contacts().list(as(group.chair(), "USEC")).contacts())
                .extracting(Contact::name, c -> c.email().value())
                .containsExactly(
                        tuple("Supt Jim Titley", "jim@police.example.org"),
                        tuple("Cllr Kevin Foster", "k.foster@torbay.example.org"));
        assertThat(group.contacts().save(group.chair(), "Cllr Kevin Foster", "k.foster@torbay.example.org").replaced())
                .as("saving what is there already replaces nothing").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void removingByNameIgnoresTitles(String name, Database database) {
        Group group = Group.on(database);
        group.contacts().save(group.chair(), "Cllr Kevin Foster", "kevin@example.org");

        ContactService.Removed removed = group.contacts().remove(group.chair(), "kevin foster");

        assertThat(removed.contact().name()).isEqualTo("Cllr Kevin Foster");
        assertThat(group.contacts().list(group.chair()).contacts()).isEmpty();
        assertThatThrownBy(() -> group.contacts().remove(group.chair(), "Kevin Foster"))
                .isInstanceOf(CommandError.class)
                .hasMessageContaining("no contact 'Kevin Foster'")
                .satisfies(e -> assertThat(((CommandError) e).correctForm()).isEqualTo(ContactService.CONTACT_FORM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyChairsAndSecretariesKeepOrSeeTheAddresses(String name, Database database) {
        Group group = Group.on(database);
        group.contacts().save(group.chair(), "Kevin Foster", "kevin@example.org");
        Invocation member = as(group.chair(), "UMEMBER");

        for (Runnable attempt : List.<Runnable>of(
                () -> group.contacts().save(member, "Jim Titley", "jim@example.org"),
                () -> group.contacts().remove(member, "Kevin Foster"),
                () -> group.contacts().list(member))) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOf(NotAllowed.class)
                    .satisfies(e -> assertThat(((NotAllowed) e).allowedUserIds()).containsExactly("UCHAIR", "USEC"));
        }
        assertThat(group.contacts().list(group.chair()).contacts()).extracting(Contact::name).containsExactly("Kevin Foster");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aContactIsKeptPerGroup(String name, Database database) {
        Group one = Group.on(database);
        Group other = Group.on(database);
        one.contacts().save(one.chair(), "Kevin Foster", "kevin@example.org");

        assertThat(other.contacts().list(other.chair()).contacts()).isEmpty();
        assertThatThrownBy(() -> other.contacts().remove(other.chair(), "Kevin Foster")).isInstanceOf(CommandError.class);
        assertThat(one.contacts().list(one.chair()).contacts()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reachSplitsNamesIntoContactsAndTheUnreachable(String name, Database database) {
        Group group = Group.on(database);
        long groupId = group.contacts().save(group.chair(), "Cllr Kevin Foster", "kevin@example.org").group().id();
        group.contacts().save(group.chair(), "June Morley", "june@example.org");

        ContactService.Reach reach = group.jdbi().withHandle(h -> ContactService.reach(h, groupId, List.of(
                new Who.SlackUser("UBALBIR"), new Who.Named("Kevin Foster"), new Who.Named("John Brady"),
                new Who.Named("Dr June Morley"), new Who.Everyone(), new Who.Named("Cllr Kevin Foster"))));

        assertThat(reach.reachable()).extracting(Contact::name).containsExactly("Cllr Kevin Foster", "June Morley");
        assertThat(reach.unreachable()).containsExactly(new Who.Named("John Brady"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unsubscribingStopsRemindersOnceAndANewAddressSubscribesAgain(String name, Database database) {
        Group group = Group.on(database);
        long groupId = group.contacts().save(group.chair(), "Cllr Kevin Foster", "kevin@example.org").group().id();
        Instant later = AT.plus(Duration.ofDays(3));

        assertThat(group.contacts().unsubscribe(groupId, "Kevin Foster", later)).isTrue();
        assertThat(group.contacts().unsubscribe(groupId, "Kevin Foster", later.plusSeconds(1))).as("once").isFalse();
        assertThat(group.contacts().unsubscribe(groupId, "Nobody Known", later)).isFalse();
        Contact unsubscribed = group.contacts().list(group.chair()).contacts().get(0);
        assertThat(unsubscribed.unsubscribedAt()).contains(later);
        assertThat(unsubscribed.takesReminders()).isFalse();

        group.contacts().save(group.chair(), "Cllr Kevin Foster", "k.foster@example.org");

        assertThat(group.contacts().list(group.chair()).contacts().get(0).takesReminders()).isTrue();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("", "kevin@example.org", "whose address"),
                Arguments.of("Kevin Foster", "", "e-mail address, or off"),
                Arguments.of("Kevin Foster", "kevin@example", "'kevin@example' is not an e-mail address"),
                Arguments.of("Kevin Foster", "Kevin <kevin@example.org>", "just the address"),
                Arguments.of("kevin@example.org", "kevin@example.org", "should be a name"),
                Arguments.of("<@U123|kevin>", "kevin@example.org", "should be a name"),
                Arguments.of("all", "everyone@example.org", "ALL is everyone"),
                Arguments.of("K".repeat(201), "kevin@example.org", "at most 200"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("badInput")
    void badInputIsRefusedWithTheCorrectFormAndChangesNothing(String name, String address, String problem) {
        Database database = (Database) both.arguments().findFirst().orElseThrow().get()[1];
        Group group = Group.on(database);

        assertThatThrownBy(() -> group.contacts().save(group.chair(), name, address))
                .isInstanceOf(CommandError.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((CommandError) e).correctForm()).isEqualTo(ContactService.CONTACT_FORM));
        assertThat(group.contacts().list(group.chair()).contacts()).isEmpty();
    }
}
