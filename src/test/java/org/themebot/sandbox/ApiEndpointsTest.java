package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.themebot.TestClock;

/** The engine's Web API over HTTP, as the bot and the tests' FakeSlack reach it. */
class ApiEndpointsTest {

    private static final String TOKEN = "xoxb-sandbox";

    private final List<SlackCall> logged = new CopyOnWriteArrayList<>();
    private final CountDownLatch logging = new CountDownLatch(1);
    private final CountDownLatch mayLog = new CountDownLatch(1);
    private final SlackEngine engine = new SlackEngine(Workspace.directory(), TOKEN,
            new TestClock(Instant.parse("2008-09-03T10:00:00Z")), call -> {
                logging.countDown();
                await(mayLog);
                logged.add(call);
            });
    private final Javalin server = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        engine.addRoutes(cfg);
    }).start("127.0.0.1", 0);

    @AfterEach
    void stop() {
        server.stop();
    }

    /** A test that sees a post and then asks for the call that made it must find the call. */
    @Test
    void aPostIsSeenOnlyTogetherWithTheCallThatMadeIt() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + ApiEndpoints.API_PATH + "chat.postMessage?channel=" + Workspace.THEME_GROUP.id() + "&text=A1+added"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build();
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                .sendAsync(post, HttpResponse.BodyHandlers.ofString());
        assertThat(logging.await(30, TimeUnit.SECONDS)).as("the call is being logged").isTrue();

        CompletableFuture<Integer> callsLoggedWhenThePostWasSeen = new CompletableFuture<>();
        Thread reader = new Thread(() -> callsLoggedWhenThePostWasSeen.complete(
                engine.timeline().posts().isEmpty() ? -1 : logged.size()));
        reader.start();
        while (!callsLoggedWhenThePostWasSeen.isDone() && reader.getState() != Thread.State.BLOCKED) {
            Thread.onSpinWait(); // the reader has read, or waits for the call to be logged
        }
        mayLog.countDown();

        assertThat(callsLoggedWhenThePostWasSeen.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(answer.get(30, TimeUnit.SECONDS).body()).contains("\"ok\":true");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
