package org.themebot.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * An app as Slack reaches it over HTTP: requests POSTed to its {@code /slack/events}, answered
 * within a patience (Slack's is 3 seconds) or counted as timed out.
 */
public final class AppEndpoint {

    /** The app's answer: HTTP status and body, and how long it took; 408 when it took too long, 502 when unreachable. */
    public record Answer(int status, String body, long elapsedMs) {

        public static final int TIMED_OUT = 408;
        public static final int UNREACHABLE = 502;
    }

    private static final String EVENTS = "/slack/events";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Duration patience;

    public AppEndpoint(URI base, Duration patience) {
        this.base = base;
        this.patience = patience;
    }

    public URI base() {
        return base;
    }

    /** POSTs exactly this body with exactly these headers to /slack/events. */
    public Answer post(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(EVENTS)).timeout(patience)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return exchange(request.build());
    }

    public Answer get(String path) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).timeout(patience).GET().build());
    }

    private Answer exchange(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), elapsedMs(started));
        } catch (HttpTimeoutException e) {
            return new Answer(Answer.TIMED_OUT, "", elapsedMs(started));
        } catch (IOException e) {
            return new Answer(Answer.UNREACHABLE, "", elapsedMs(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Answer.UNREACHABLE, "", elapsedMs(started));
        }
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
