package org.themebot.it;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.sandbox.Directory;

/**
 * Someone adding themebot to a workspace in a browser: the install page (which sets the state
 * cookie), Slack's authorize page (played here: Slack sends the browser back with a code and the
 * state), and the redirect page. The fake Slack answers oauth.v2.access with the workspace's token.
 */
final class AddToSlack {

    static final String CLIENT_ID = "1234.5678";
    static final String CLIENT_SECRET = "client-secret-for-tests";

    /** An answer of the install flow's pages. */
    record Page(int status, String body, Map<String, String> headers) {
    }

    /** The install page's link to Slack, and the cookie the browser now holds. */
    record Started(Page page, URI authorizeUrl, String state, String cookie) {
    }

    private static final Pattern LINK = Pattern.compile("href=\"(https://slack\\.com/oauth/v2/authorize\\?[^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    AddToSlack(URI base) {
        this.base = base;
    }

    /** GET /slack/install. */
    Started start() {
        Page page = get("/slack/install", null);
        Matcher link = LINK.matcher(page.body());
        if (!link.find()) {
            throw new AssertionError("no Add to Slack link on the install page: " + page);
        }
        URI authorize = URI.create(link.group(1).replace("&amp;", "&"));
        String cookie = Optional.ofNullable(page.headers().get("set-cookie")).map(c -> c.split(";", 2)[0]).orElse(null);
        return new Started(page, authorize, query(authorize).get("state"), cookie);
    }

    /** GET /slack/oauth_redirect?… as Slack sends the browser back, with its cookie (null: none). */
    Page redirect(String query, String cookie) {
        return get("/slack/oauth_redirect?" + query, cookie);
    }

    /** The whole flow: Slack (the fake) takes the token for the team and gives it in oauth.v2.access. */
    Page install(FakeSlack fake, Directory.Team team, String token, String installer) {
        fake.engine().acceptToken(token, team);
        fake.answerWith("oauth.v2.access", accessAnswer(team, token, installer));
        Started started = start();
        return redirect("code=code-" + team.id() + "&state=" + started.state(), started.cookie());
    }

    /** What oauth.v2.access answers for an install in a workspace. */
    static ObjectNode accessAnswer(Directory.Team team, String token, String installer) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("ok", true).put("app_id", FakeSlack.APP_ID)
                .put("scope", "commands,chat:write,users:read").put("token_type", "bot").put("access_token", token)
                .put("bot_user_id", FakeSlack.BOT_USER_ID).put("is_enterprise_install", false);
        answer.putObject("team").put("id", team.id()).put("name", team.name());
        answer.putNull("enterprise");
        answer.putObject("authed_user").put("id", installer);
        return answer;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private Page get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
            return new Page(response.statusCode(), response.body(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
