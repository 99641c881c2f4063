package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.TestClock;
import org.themebot.commands.Invocation;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.groups.GroupService;
import org.themebot.people.Who;
import org.themebot.store.TestDatabase;

/** The pages behind mail links, through the real handler on a real server, as a browser or mail scanner meets them. */
class MailLinkPagesTest {

    private static final String SECRET = "8f14e45fceea167a5a36dedd4bea2543";
    private static final URI PUBLIC_URL = URI.create("https://themebot.example.org/partnership");
    private static final String KEVIN = "Cllr Kevin Foster";
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\">");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(TestClock.start());
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Jdbi jdbi;
    private ContactService contacts;
    private RecordingLinkActions port;
    private SignedLinks links;
    private Javalin server;
    private long groupId;

    @BeforeEach
    void start() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        Invocation chair = new Invocation("T1", "C1", "eq", "UCHAIR", clock.instant());
        groupId = new GroupService(jdbi, ZoneId.of("Europe/London")).setup(chair, GroupCommands.setupRequest("")).group().id();
        contacts = new ContactService(jdbi);
        contacts.save(chair, KEVIN, "kevin@example.org");
        port = new RecordingLinkActions(contacts);
        port.actions.put(12L, new LinkActions.LinkedAction("A3", "Draft the <b>revised</b> ToR & consult\n<script>alert(1)</script>",
                "E&CC Theme Group", true));
        port.groups.put(groupId, "E&CC Theme Group");
        links = new SignedLinks(SECRET, PUBLIC_URL, clock);
        MailLinkPages pages = new MailLinkPages(jdbi, links, port, clock);
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get(MailLinkPages.PATH, pages::show);
            cfg.routes.post(MailLinkPages.PATH, pages::confirm);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** Where a public link lands on this server: a proxy in front strips the public URL's path. */
    private URI local(URI link) {
        String path = link.getRawPath().substring(PUBLIC_URL.getRawPath().length());
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(URI link) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(local(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI target, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the link, then submits the page's one form as a browser would, with {@code form} as its fields. */
    private HttpResponse<String> confirm(URI link, String form) throws IOException, InterruptedException {
        HttpResponse<String> page = get(link);
        Matcher action = FORM.matcher(page.body());
        assertThat(action.find()).as("the page has its form").isTrue();
        return post(page.uri().resolve(StringEscapeUtils.unescapeHtml4(action.group(1))), form);
    }

    private static void assertPlainAndPrivate(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").contains("form-action 'self'"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    private static int forms(HttpResponse<String> response) {
        return response.body().split("<form", -1).length - 1;
    }

    @Test
    void openingADoneLinkChangesNothingAndOffersOneFormThatPosts() throws Exception {
        URI done = links.done(12, KEVIN);

        HttpResponse<String> page = get(done);
        HttpResponse<String> again = get(done);

        assertThat(done.toString()).startsWith("https://themebot.example.org/partnership/mail/done/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertPlainAndPrivate(page);
        assertThat(forms(page)).isEqualTo(1);
        assertThat(page.body()).contains("<form method=\"post\"")
                .contains("Mark A3 done?")
                .contains("Draft the &lt;b&gt;revised&lt;/b&gt; ToR &amp; consult<br>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>revised")
                .contains("done by Cllr Kevin Foster (by e-mail)");
        assertThat(again.statusCode()).as("a scanner's second look changes nothing either").isEqualTo(200);
        assertThat(port.calls).isEmpty();
    }

    @Test
    void confirmingMarksTheActionDoneOnceAndTheLinkIsThenUsed() throws Exception {
        URI done = links.done(12, KEVIN);

        HttpResponse<String> confirmed = confirm(done, "");
        HttpResponse<String> replayed = post(local(done), "");
        HttpResponse<String> reopened = get(done);

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertPlainAndPrivate(confirmed);
        assertThat(confirmed.body()).contains("A3 is marked done; the group's channel has been told.");
        assertThat(port.calls).containsExactly("done 12 by Cllr Kevin Foster at " + clock.instant());
        assertThat(replayed.statusCode()).isEqualTo(410);
        assertThat(replayed.body()).contains("This link has been used already").contains("Nothing was changed.");
        assertThat(forms(replayed)).isZero();
        assertThat(reopened.statusCode()).isEqualTo(410);
        assertThat(port.calls).hasSize(1);
    }

    @Test
    void anExpiredLinkSaysSoAndChangesNothing() throws Exception {
        URI done = links.done(12, KEVIN);
        clock.advance(SignedLinks.VALIDITY);

        HttpResponse<String> page = get(done);
        HttpResponse<String> posted = post(local(done), "");

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This link has expired").contains("30 days");
        assertThat(forms(page)).isZero();
        assertThat(posted.statusCode()).isEqualTo(410);
        assertThat(port.calls).isEmpty();
    }

    @Test
    void aLinkIsValidUntilItsLastSecond() throws Exception {
        URI done = links.done(12, KEVIN);
        clock.advance(SignedLinks.VALIDITY.minusSeconds(1));

        assertThat(get(done).statusCode()).isEqualTo(200);
    }

    @Test
    void forgedAlteredAndMisdirectedLinksAreNotValidAndChangeNothing() throws Exception {
        URI done = links.done(12, KEVIN);
        String token = done.getRawPath().substring(done.getRawPath().lastIndexOf('/') + 1);
        String payload = token.substring(0, token.indexOf('.'));
        String otherAction = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                .replace("\"s\":12", "\"s\":13");
        String alteredPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(otherAction.getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        URI base = URI.create(PUBLIC_URL + "/mail/");
        List<URI> bad = List.of(
                base.resolve("done/" + alteredPayload),
                base.resolve("update/" + token),
                base.resolve("delete/" + token),
                base.resolve("done/" + token.substring(0, token.length() - 2)),
                base.resolve("done/" + payload),
                base.resolve("done/not-a-token"),
                base.resolve("done/" + "a".repeat(3000) + ".b"),
                new SignedLinks("another-secret", PUBLIC_URL, clock).done(12, KEVIN));

        for (URI link : bad) {
            HttpResponse<String> page = get(link);
            HttpResponse<String> posted = post(local(link), "text=hello");
            assertThat(page.statusCode()).as(link.toString()).isEqualTo(404);
            assertThat(page.body()).contains("This link is not valid");
            assertPlainAndPrivate(page);
            assertThat(posted.statusCode()).isEqualTo(404);
        }
        assertThat(port.calls).isEmpty();
        assertThat(get(done).statusCode()).as("the real link still works").isEqualTo(200);
    }

    @Test
    void anUpdateNeedsItsTextAndIsRecordedOnce() throws Exception {
        URI update = links.update(12, KEVIN);

        HttpResponse<String> page = get(update);
        HttpResponse<String> empty = confirm(update, "text=+++");
        HttpResponse<String> tooLong = confirm(update, "text=" + "x".repeat(3001));
        HttpResponse<String> recorded = confirm(update, "text=" + URLEncoder.encode("Draft sent to Sue <& June>", StandardCharsets.UTF_8));

        assertThat(page.body()).contains("An update on A3").contains("<textarea id=\"text\" name=\"text\"");
        assertThat(forms(page)).isEqualTo(1);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Write your update first.");
        assertThat(forms(empty)).isEqualTo(1);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 3000 characters; this one has 3001");
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).contains("Your update on A3 is recorded.");
        assertThat(port.calls).containsExactly("update 12 by Cllr Kevin Foster: Draft sent to Sue <& June>");
        assertThat(post(local(update), "text=again").statusCode()).isEqualTo(410);
    }

    @Test
    void aRefusalIsShownAndLeavesTheLinkUnused() throws Exception {
        URI done = links.done(12, KEVIN);
        port.answer = RecordingLinkActions.Answer.REFUSE;

        HttpResponse<String> refused = confirm(done, "");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("A3 was dropped by the chair.").contains("Nothing was changed.");
        port.answer = RecordingLinkActions.Answer.CHANGE;
        assertThat(confirm(done, "").statusCode()).as("still usable").isEqualTo(200);
    }

    @Test
    void aLinkWithNothingLeftToDoIsNotUsedUp() throws Exception {
        URI done = links.done(12, KEVIN);
        port.answer = RecordingLinkActions.Answer.NOTHING_TO_DO;

        HttpResponse<String> nothing = confirm(done, "");

        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).contains("A3 was done already.").contains("Nothing was changed.");
        assertThat(get(done).statusCode()).isEqualTo(200);
    }

    @Test
    void aClosedOrDeletedActionGetsAPageWithoutAForm() throws Exception {
        port.actions.put(14L, new LinkActions.LinkedAction("A5", "Good practice examples", "E&CC Theme Group", false));

        HttpResponse<String> closed = get(links.done(14, KEVIN));
        HttpResponse<String> gone = get(links.done(99, KEVIN));

        assertThat(closed.body()).contains("A5 is no longer open");
        assertThat(forms(closed)).isZero();
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("That action no longer exists");
    }

    @Test
    void oneClickUnsubscribeStopsRemindersOnce() throws Exception {
        URI unsubscribe = links.unsubscribe(groupId, KEVIN);

        HttpResponse<String> page = get(unsubscribe);
        HttpResponse<String> oneClick = post(local(unsubscribe), "List-Unsubscribe=One-Click");
        HttpResponse<String> again = post(local(unsubscribe), "List-Unsubscribe=One-Click");

        assertThat(page.body()).contains("Stop e-mails from E&amp;CC Theme Group?");
        assertThat(forms(page)).isEqualTo(1);
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("No more e-mails from E&amp;CC Theme Group.");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(kevin().takesReminders()).isFalse();
    }

    @Test
    void aRefusalAfterAChangeRollsTheChangeBackWithTheLinksUse() throws Exception {
        URI unsubscribe = links.unsubscribe(groupId, KEVIN);
        port.answer = RecordingLinkActions.Answer.CHANGE_THEN_REFUSE;

        HttpResponse<String> refused = post(local(unsubscribe), "List-Unsubscribe=One-Click");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(kevin().takesReminders()).as("the change joined the page's transaction and was rolled back").isTrue();
        assertThat(get(unsubscribe).statusCode()).as("and the link is unused").isEqualTo(200);
    }

    @Test
    void usedLinksAreForgottenOnceTheyWouldHaveExpired() throws Exception {
        URI done = links.done(12, KEVIN);
        confirm(done, "");
        MailLinkStore store = jdbi.onDemand(MailLinkStore.class);

        assertThat(store.forgetExpired(clock.instant().plus(SignedLinks.VALIDITY).minusSeconds(1))).isZero();
        assertThat(store.forgetExpired(clock.instant().plus(SignedLinks.VALIDITY).plus(Duration.ofSeconds(1)))).isEqualTo(1);
    }

    private Contact kevin() {
        return jdbi.withHandle(h -> ContactService.find(h, groupId, new Who.Named(KEVIN))).orElseThrow();
    }
}
