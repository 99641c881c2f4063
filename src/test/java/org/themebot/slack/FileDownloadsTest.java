package org.themebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.themebot.commands.CommandError;

/** Fetching a shared file with the bot token, never more than a limit, from Slack alone. */
class FileDownloadsTest {

    private HttpServer slack;
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private FileDownloads downloads;
    private String base;

    @BeforeEach
    void aSlackServingFiles() throws IOException {
        slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/files/", this::serve);
        slack.start();
        base = "http://127.0.0.1:" + slack.getAddress().getPort();
        MethodsClient methods = Slack.getInstance().methods("xoxb-unused");
        methods.setEndpointUrlPrefix(base + "/api/");
        downloads = new FileDownloads(SlackClients.single(methods));
    }

    @AfterEach
    void stop() {
        slack.stop(0);
    }

    /** /files/<status>/<length>/<how>: how is "sized" (Content-Length), "chunked" (none) or "page" (HTML). */
    private void serve(HttpExchange exchange) throws IOException {
        tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String[] path = exchange.getRequestURI().getPath().split("/");
        int status = Integer.parseInt(path[2]);
        byte[] body = new byte[Integer.parseInt(path[3])];
        exchange.getResponseHeaders().add("Content-Type", path[4].equals("page") ? "text/html; charset=utf-8"
                : "application/octet-stream");
        exchange.sendResponseHeaders(status, path[4].equals("chunked") ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int at = 0; at < body.length; at += 1000) { // in pieces, as a network delivers them
                out.write(body, at, Math.min(1000, body.length - at));
                out.flush();
            }
        }
    }

    private byte[] get(String path, int max) {
        return downloads.download("T1", "xoxb-files", base + path, "notes.docx", max);
    }

    @Test
    void theFileComesWithTheBotTokenUpToTheLimit() {
        assertThat(get("/files/200/5000/sized", 5000)).hasSize(5000);
        assertThat(get("/files/200/5000/chunked", 5000)).hasSize(5000);
        assertThat(tokens).containsExactly("Bearer xoxb-files", "Bearer xoxb-files");
    }

    @Test
    void moreThanTheLimitIsRefusedByItsLengthOrWhileReading() {
        assertThatThrownBy(() -> get("/files/200/5001/sized", 5000)).isInstanceOf(CommandError.class)
                .hasMessageContaining("notes.docx is more than");
        assertThatThrownBy(() -> get("/files/200/50000/chunked", 5000)).isInstanceOf(CommandError.class)
                .hasMessageContaining("notes.docx is more than");
    }

    @Test
    void whatSlackWillNotGiveAndWhatSlackDoesNotKeepAreNotFetched() {
        assertThatThrownBy(() -> get("/files/404/10/sized", 5000)).hasMessage("I could not fetch notes.docx from Slack "
                + "(Slack answered HTTP 404), so nothing was read from it.");
        assertThatThrownBy(() -> get("/files/302/0/sized", 5000)).hasMessageContaining("HTTP 302");
        assertThatThrownBy(() -> get("/files/200/10/page", 5000)).hasMessageContaining("files:read");
        tokens.clear();
        assertThatThrownBy(() -> downloads.download("T1", "xoxb-files", "http://files.example.org/files/200/10/sized", "notes.docx", 5000))
                .hasMessageContaining("it is not kept by Slack");
        assertThat(tokens).as("the token never left for another host").isEmpty();
    }
}
