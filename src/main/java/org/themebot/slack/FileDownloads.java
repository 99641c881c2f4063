package org.themebot.slack;

import com.slack.api.methods.MethodsClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import org.themebot.commands.CommandError;

/**
 * Fetches a file someone shared, from its {@code url_private} with the bot token (Slack's files
 * need it), never more than a limit: refused by the declared length, and again while reading. The
 * token goes only over HTTPS (or the scheme of the Web API itself, for a local Slack) to Slack's
 * hosts — the Web API's host or one under it, as files.slack.com is under slack.com — and redirects
 * are not followed, since Slack answers a download it will not allow with a redirect to its login
 * page. Uses the JDK's HTTP client: one GET needs no library. Runs after the ack.
 */
public final class FileDownloads {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration WHOLE_DOWNLOAD = Duration.ofSeconds(30);

    private final SlackClients slack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** slack: each workspace's Web API client, whose base (SLACK_API_URL) says which hosts are Slack's. */
    public FileDownloads(SlackClients slack) {
        this.slack = slack;
    }

    /**
     * A file shared in a workspace, fetched with that workspace's bot token (the request's, as Bolt
     * resolved it): its bytes; a {@link CommandError} saying what went wrong otherwise. name is for messages.
     */
    public byte[] download(String workspaceId, String botToken, String urlPrivate, String name, int maxBytes) {
        URI url = slackFileUrl(slack.of(workspaceId), urlPrivate, name);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(WHOLE_DOWNLOAD)
                .header("Authorization", "Bearer " + botToken).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw notDownloaded(name, "Slack answered HTTP " + response.statusCode());
                }
                if (response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT)
                        .startsWith("text/html")) {
                    // Slack's sign-in page, not the file: the app may lack the files:read scope
                    throw notDownloaded(name, "Slack sent a web page instead of the file; themebot may need the "
                            + "files:read permission (reinstall the app from its manifest)");
                }
                OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
                if (declared.isPresent() && declared.getAsLong() > maxBytes) {
                    throw tooBig(name, maxBytes);
                }
                return readAtMost(body, name, maxBytes);
            }
        } catch (IOException e) {
            throw notDownloaded(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notDownloaded(name, "themebot is stopping");
        }
    }

    private static URI slackFileUrl(MethodsClient slack, String urlPrivate, String name) {
        URI api = URI.create(slack.getEndpointUrlPrefix());
        URI url;
        try {
            url = URI.create(urlPrivate);
        } catch (IllegalArgumentException e) {
            throw notDownloaded(name, "its address is not a URL");
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String apiHost = api.getHost().toLowerCase(Locale.ROOT);
        boolean slackHost = host.equals(apiHost) || host.endsWith("." + apiHost);
        boolean safeScheme = "https".equalsIgnoreCase(url.getScheme()) || api.getScheme().equalsIgnoreCase(url.getScheme());
        if (!slackHost || !safeScheme) {
            throw notDownloaded(name, "it is not kept by Slack");
        }
        return url;
    }

    private static byte[] readAtMost(InputStream body, String name, int maxBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            if (bytes.size() + n > maxBytes) {
                throw tooBig(name, maxBytes);
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    /** The error for a file over the limit, as the reader words it too. */
    public static CommandError tooBig(String name, int maxBytes) {
        return new CommandError(name + " is more than " + maxBytes / (1024 * 1024) + " MB: I read files of up to "
                + maxBytes / (1024 * 1024) + " MB, so I did not fetch it.", "");
    }

    private static CommandError notDownloaded(String name, String why) {
        return new CommandError("I could not fetch " + name + " from Slack (" + why + "), so nothing was read from it.",
                "");
    }
}
