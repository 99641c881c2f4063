package org.themebot.it;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Bolt app reached without a server: a signed request is parsed by Bolt's own
 * {@link SlackRequestParser}, as an HTTP adapter would, and run with {@code app.run}; Bolt checks
 * the signature itself. The ack is timed, so a test can see that a slow Web API does not hold it up.
 */
final class InProcessBolt {

    private final App app;
    private final SlackRequestParser parser;

    InProcessBolt(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    SignedClient.Raw post(String body, Map<String, String> headers) {
        long started = System.nanoTime();
        Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of())
                .headers(new RequestHeaders(multi))
                .requestBody(body)
                .remoteAddress("127.0.0.1")
                .build());
        if (request == null) {
            return new SignedClient.Raw(400, "not a Slack payload", elapsedMs(started));
        }
        try {
            Response response = app.run(request);
            return new SignedClient.Raw(response.getStatusCode(), response.getBody() == null ? "" : response.getBody(),
                    elapsedMs(started));
        } catch (Exception e) {
            throw new IllegalStateException("the app failed on " + body, e);
        }
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
