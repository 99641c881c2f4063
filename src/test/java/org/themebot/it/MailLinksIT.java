package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.commands.Invocation;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.mail.SignedLinks;
import org.themebot.people.Who;

/** The mail links' pages as the whole app serves them: signed with its signing secret, over its real actions and contacts. */
class MailLinksIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request, URI link) throws Exception {
        URI local = URI.create("http://127.0.0.1:" + bot.app().port() + link.getRawPath());
        return http.send(request.uri(local).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAppServesTheLinkPagesOverItsOwnData() throws Exception {
        String channel = bot.newChannel("mail-links");
        bot.setUpGroup(channel, "Hate Crime Theme Group", TestBot.SUE, TestBot.DEBBIE);
        bot.awaitReply(bot.command(TestBot.SUE, channel, "/action", "add Report back on the panel | Cllr Kevin Foster | today"),
                text -> text.contains("A1"));
        ContactService contacts = new ContactService(bot.jdbi());
        long groupId = contacts.save(new Invocation(FakeSlack.TEAM_ID, channel, "mail-links", TestBot.SUE, bot.clock().instant()),
                "Cllr Kevin Foster", "kevin@example.org").group().id();
        long actionId = bot.jdbi().withHandle(h -> h.createQuery("SELECT id FROM action WHERE group_id = :g")
                .bind("g", groupId).mapTo(Long.class).one());
        SignedLinks links = new SignedLinks(bot.signingSecret(), URI.create("https://themebot.example.org"), bot.clock());

        HttpResponse<String> done = send(HttpRequest.newBuilder().GET(), links.done(actionId, "Cllr Kevin Foster"));
        HttpResponse<String> forged = send(HttpRequest.newBuilder().GET(),
                new SignedLinks("not-the-secret", URI.create("https://x.example"), bot.clock()).done(actionId, "Eve"));
        HttpResponse<String> unsubscribed = send(HttpRequest.newBuilder()
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")),
                links.unsubscribe(groupId, "Kevin Foster"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Mark A1 done?").contains("Report back on the panel").contains("Hate Crime Theme Group");
        assertThat(bot.stored(channel).action(1)).hasValueSatisfying(a -> assertThat(a.get("status")).isEqualTo("open"));
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("no more reminders or digests by e-mail from Hate Crime Theme Group");
        Contact kevin = bot.jdbi().withHandle(h -> ContactService.find(h, groupId, new Who.Named("Cllr Kevin Foster")))
                .orElseThrow();
        assertThat(kevin.takesReminders()).isFalse();
    }
}
