package org.themebot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work a request leaves for after its ack — opening a modal (its trigger id lasts 3 s),
 * an upload, a private answer on the response_url — on threads of its own, so no ack waits
 * for it. Changes and channel messages never come here: they go through the outbox.
 */
public final class AfterAcks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterAcks.class);

    private final Slack slack;
    private final SlackClients clients;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "after-ack");
        thread.setDaemon(true);
        return thread;
    });

    public AfterAcks(Slack slack, SlackClients clients) {
        this.slack = slack;
        this.clients = clients;
    }

    /** Runs work for a request from {@code workspaceId}, whose Web API calls carry that workspace's token. */
    public void run(Reply.AfterAck work, String workspaceId, String triggerId, String responseUrl) {
        AfterAckContext context = new AfterAckContext() {
            @Override
            public MethodsClient client() {
                return clients.of(workspaceId);
            }

            @Override
            public String triggerId() {
                return triggerId;
            }

            @Override
            public void respond(SlackMessage message) throws IOException {
                post(responseUrl, message.ephemeralJson(false));
            }

            @Override
            public void replace(SlackMessage message) throws IOException {
                post(responseUrl, message.ephemeralJson(true));
            }
        };
        try {
            threads.submit(() -> {
                try {
                    work.run(context);
                } catch (Exception e) {
                    log.warn("work after an ack failed: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("shutting down: work after an ack was dropped");
        }
    }

    private void post(String responseUrl, String json) throws IOException {
        if (responseUrl == null || responseUrl.isBlank()) {
            throw new IOException("no response_url to answer on");
        }
        WebhookResponse response = slack.send(responseUrl, json);
        if (response.getCode() >= 300) {
            throw new IOException("response_url answered HTTP " + response.getCode());
        }
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
