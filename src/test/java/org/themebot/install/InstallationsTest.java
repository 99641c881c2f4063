package org.themebot.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.TestClock;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.contacts.ContactService;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.groups.GroupService;
import org.themebot.meetings.Attendance;
import org.themebot.meetings.MeetingAsCommands;
import org.themebot.meetings.MeetingService;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;
import org.themebot.store.OutboxStore;

/**
 * Installations on both databases: tokens only as ciphertext, org-wide installs serving their
 * organisation's teams, an uninstall cancelling and refusing a workspace's messages, the retention
 * sweep deleting an uninstalled workspace's every row and nothing of another's, and the claims on
 * OAuth states and token refreshes.
 */
class InstallationsTest {

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    static Stream<Arguments> databases() {
        return databases.arguments();
    }

    /** Workspaces of each test's own: the databases are shared by the class. */
    private static String workspace() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Installation install(String team, String token) {
        return new Installation(team, team, null, false, "A1", "UBOT", "commands,chat:write", token, Optional.empty(),
                Optional.empty(), "U1", TestClock.start());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tokensAreStoredOnlyAsCiphertextBoundToTheirInstall(String name, Database database) {
        String team = workspace();
        String other = workspace();
        Installations installs = new Installations(database, KEY, new TestClock(TestClock.start()));
        installs.save(install(team, "xoxb-secret-" + team));
        installs.save(install(other, "xoxb-secret-" + other));

        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT bot_token FROM installation WHERE "
                + "install_key = :k").bind("k", team).mapTo(String.class).one());
        assertThat(stored).doesNotContain("xoxb").doesNotContain(team);
        assertThat(installs.forWorkspace(team).orElseThrow().botToken()).isEqualTo("xoxb-secret-" + team);

        // A ciphertext copied into another install's row does not open; nor does any with another key.
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE installation SET bot_token = :t WHERE install_key = :k")
                .bind("t", stored).bind("k", other).execute());
        assertThatThrownBy(() -> installs.forWorkspace(other)).isInstanceOf(TokenCipher.Undecryptable.class);
        Installations otherKey = new Installations(database, "fedcba9876543210fedcba9876543210".getBytes(),
                new TestClock(TestClock.start()));
        assertThatThrownBy(() -> otherKey.forWorkspace(team)).isInstanceOf(TokenCipher.Undecryptable.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOrgWideInstallServesTheOrganisationsTeamsAndTheirLaterCalls(String name, Database database) {
        String enterprise = "E" + workspace();
        String team = workspace();
        Installations installs = new Installations(database, KEY, new TestClock(TestClock.start()));
        installs.save(new Installation(enterprise, null, enterprise, true, "A1", "UBOT", "commands", "xoxb-org",
                Optional.empty(), Optional.empty(), "U1", TestClock.start()));

        assertThat(installs.forWorkspace(team)).as("a team not seen yet").isEmpty();
        assertThat(installs.serves(team, enterprise)).isTrue();
        assertThat(installs.serves(team, null)).as("a request naming no organisation").isFalse();
        assertThat(installs.serves(workspace(), "E-OTHER")).isFalse();
        assertThat(installs.forWorkspace(team).orElseThrow().botToken()).as("the scheduler's later call")
                .isEqualTo("xoxb-org");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUninstallCancelsAWorkspacesQueuedMessagesQueuesNoMoreAndAReinstallResumes(String name, Database database) {
        String gone = workspace();
        String stays = workspace();
        Installations installs = new Installations(database, KEY, new TestClock(TestClock.start()));
        installs.save(install(gone, "xoxb-1"));
        installs.save(install(stays, "xoxb-2"));
        OutboxStore outbox = database.jdbi().onDemand(OutboxStore.class);
        outbox.enqueue(message(gone), TestClock.start());
        outbox.enqueue(message(stays), TestClock.start());

        assertThat(installs.uninstall(gone)).isTrue();
        assertThat(installs.uninstall(gone)).as("a second event").isFalse();

        assertThat(statuses(database, gone)).containsExactly("failed:uninstalled");
        assertThat(statuses(database, stays)).containsExactly("pending:");
        assertThat(outbox.enqueue(message(gone), TestClock.start())).isFalse();
        assertThat(statuses(database, gone)).hasSize(1);
        assertThat(installs.serves(gone, null)).isFalse();
        assertThat(installs.serves(stays, null)).isTrue();

        installs.save(install(gone, "xoxb-1b"));
        assertThat(installs.serves(gone, null)).isTrue();
        assertThat(outbox.enqueue(message(gone), TestClock.start())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theRetentionSweepDeletesEveryRowOfAWorkspaceUninstalledLongEnoughAgoAndNothingElse(String name,
                                                                                          Database database) {
        String gone = workspace();
        String stays = workspace();
        TestClock clock = new TestClock(TestClock.start());
        Installations installs = new Installations(database, KEY, clock);
        installs.save(install(gone, "xoxb-1"));
        installs.save(install(stays, "xoxb-2"));
        recordAMeeting(database, gone);
        recordAMeeting(database, stays);
        WorkspaceData data = database.jdbi().withHandle(WorkspaceData::of);
        Map<String, Integer> staysBefore = rowCounts(database, data, stays);
        assertThat(staysBefore).containsKeys("theme_group", "action", "action_owner", "meeting", "meeting_note",
                "agenda_item", "contact", "outbox");

        installs.uninstall(gone);
        Retention retention = new Retention(installs, Duration.ofDays(30));
        clock.advance(Duration.ofDays(29));
        retention.sweep();
        assertThat(rowCounts(database, data, gone)).isEqualTo(staysBefore);

        clock.advance(Duration.ofDays(2));
        retention.sweep();
        assertThat(rowCounts(database, data, gone)).isEmpty();
        assertThat(rowCounts(database, data, stays)).isEqualTo(staysBefore);
        int installsLeft = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM installation WHERE "
                + "install_key = :k").bind("k", gone).mapTo(Integer.class).one());
        assertThat(installsLeft).isZero();
        assertThat(installs.serves(stays, null)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aWorkspacesTablesAreDeletedChildrenBeforeParents(String name, Database database) {
        List<String> order = database.jdbi().withHandle(WorkspaceData::of).childrenFirst().stream()
                .map(WorkspaceData.Table::name).toList();

        assertThat(order).doesNotContain("installation", "oauth_state", "sending_stopped", "handled_request");
        assertThat(order.indexOf("action_owner")).isLessThan(order.indexOf("action"));
        assertThat(order.indexOf("meeting_note")).isLessThan(order.indexOf("agenda_item"));
        assertThat(order.indexOf("action")).isLessThan(order.indexOf("meeting"));
        assertThat(order.indexOf("partnership_member")).isLessThan(order.indexOf("theme_group"));
        assertThat(order.indexOf("theme_group")).isLessThan(order.indexOf("workspace"));
        assertThat(order).last().isEqualTo("workspace");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTokenRefreshIsClaimedByOneInstanceAtATime(String name, Database database) {
        String team = workspace();
        Instant now = TestClock.start();
        Installations installs = new Installations(database, KEY, new TestClock(now));
        installs.save(new Installation(team, team, null, false, "A1", "UBOT", "commands", "xoxe.xoxb-1",
                Optional.of("xoxe-1-r"), Optional.of(now.plus(Duration.ofMinutes(30))), "U1", now));
        InstallationStore store = database.jdbi().onDemand(InstallationStore.class);

        assertThat(store.dueForRefresh(now.plus(TokenRotation.AHEAD), now)).contains(team);
        assertThat(store.claimRefresh(team, "instance-1", now.plus(TokenRotation.CLAIM), now)).isTrue();
        assertThat(store.claimRefresh(team, "instance-2", now.plus(TokenRotation.CLAIM), now)).isFalse();
        assertThat(store.dueForRefresh(now.plus(TokenRotation.AHEAD), now)).doesNotContain(team);
        Instant lapsed = now.plus(TokenRotation.CLAIM).plusSeconds(1);
        assertThat(store.claimRefresh(team, "instance-2", lapsed.plus(TokenRotation.CLAIM), lapsed)).isTrue();
        assertThat(store.refreshed(team, "instance-1", "x", "y", now)).as("the lapsed claim's owner").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOAuthStateIsGoodOnceAndUntilItExpires(String name, Database database) {
        TestClock clock = new TestClock(TestClock.start());
        OAuthStates states = new OAuthStates(database.jdbi(), clock);
        String used = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        states.addNewStateToDatastore(used);
        states.addNewStateToDatastore(late);

        assertThat(states.isAvailableInDatabase(used)).isTrue();
        assertThat(states.isAvailableInDatabase(used)).isFalse();
        assertThat(states.isAvailableInDatabase("never-issued")).isFalse();
        clock.advance(OAuthStates.EXPIRES_IN.plusSeconds(1));
        assertThat(states.isAvailableInDatabase(late)).isFalse();
    }

    // ---- helpers

    private static OutboxStore.Queued message(String workspace) {
        return new OutboxStore.Queued(workspace, "C-" + workspace, "chat.postMessage", "test", "{}", null, null, null);
    }

    private static List<String> statuses(Database database, String workspace) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT status || ':' || COALESCE(last_error, '') FROM "
                + "outbox WHERE workspace_id = :w ORDER BY id").bind("w", workspace).mapTo(String.class).list());
    }

    /** A group with a meeting, an item, a note, attendance, two actions, a contact, a name and a queued message. */
    private static void recordAMeeting(Database database, String workspace) {
        Invocation chair = new Invocation(workspace, "C1", "group", "UCHAIR", TestClock.start());
        new GroupService(database.jdbi(), java.time.ZoneId.of("Europe/London"))
                .setup(chair, GroupCommands.setupRequest("name Group of " + workspace));
        ActionService actionService = new ActionService(database.jdbi(), MeetingLink.NONE);
        MeetingAsCommands meetings = new MeetingAsCommands(new MeetingService(database.jdbi(),
                new TabledGoodPractice(), actionService));
        meetings.start(chair, "2008-09-03");
        meetings.attend(chair, Attendance.PRESENT, "<@UCHAIR|chair>, June Jeffrey");
        meetings.item(chair, "Terms of reference");
        meetings.note(chair, "Circulated with the papers.");
        AsCommands actions = new AsCommands(actionService);
        actions.add(chair, "Forward the toolkit | <@UCHAIR|chair> | Sept 08");
        actions.add(chair, "Book the room | Cllr Kevin Foster | Oct 08");
        new ContactService(database.jdbi()).save(chair, "Cllr Kevin Foster", "kevin@example.org");
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO slack_user (workspace_id, user_id, real_name, "
                + "fetched_at) VALUES (:w, 'UCHAIR', 'Chair', '2008-09-03T09:00:00.000Z')").bind("w", workspace).execute());
        database.jdbi().onDemand(OutboxStore.class).enqueue(message(workspace), TestClock.start());
    }

    /** Rows of each of the workspace's tables that has any. */
    private static Map<String, Integer> rowCounts(Database database, WorkspaceData data, String workspace) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        database.jdbi().useHandle(h -> data.rows(h, workspace).forEach((table, rows) -> {
            if (!rows.isEmpty()) {
                counts.put(table, rows.size());
            }
        }));
        return counts;
    }
}
