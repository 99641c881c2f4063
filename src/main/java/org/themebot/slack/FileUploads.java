package org.themebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads a file the way Slack now wants it: files.getUploadURLExternal, the bytes to the upload
 * URL, then files.completeUploadExternal with the channel (the SDK's filesUploadV2). A 429 waits its
 * Retry-After and tries again. Runs after the ack, never on a request thread.
 */
public final class FileUploads {

    private static final Logger log = LoggerFactory.getLogger(FileUploads.class);
    private static final int ATTEMPTS = 4;

    private final SlackClients slack;

    public FileUploads(SlackClients slack) {
        this.slack = slack;
    }

    /**
     * Uploads the file to a channel, where everyone sees it (so no private note is needed); on
     * failure, what to tell the person who asked.
     */
    public Optional<SlackMessage> share(String workspaceId, String channelId, String fileName, String title,
                                        byte[] bytes) {
        try {
            upload(slack.of(workspaceId), channelId, fileName, title, bytes);
            return Optional.empty();
        } catch (IOException e) {
            log.warn("uploading {} failed: {}", fileName, e.getMessage());
            return Optional.of(failed(fileName, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(failed(fileName, e));
        }
    }

    /** Sends the file to one person alone, in their DM with the bot; on failure, what to tell them. */
    public Optional<SlackMessage> sendTo(String workspaceId, String userId, String fileName, String title,
                                         byte[] bytes) {
        try {
            ConversationsOpenResponse dm = slack.of(workspaceId).conversationsOpen(r -> r.users(List.of(userId)));
            if (!dm.isOk() || dm.getChannel() == null) {
                throw new IOException("Slack would not open a DM: " + dm.getError());
            }
            return share(workspaceId, dm.getChannel().getId(), fileName, title, bytes);
        } catch (IOException | SlackApiException e) {
            log.warn("sending {} to {} failed: {}", fileName, userId, e.getMessage());
            return Optional.of(failed(fileName, e));
        }
    }

    private static SlackMessage failed(String fileName, Exception e) {
        return Replies.text(":x: I could not upload " + Mrkdwn.escape(fileName) + " ("
                + Mrkdwn.escape(String.valueOf(e.getMessage())) + "). Please try the export again.");
    }

    /** Returns normally once Slack holds the file in the channel; throws with Slack's reason otherwise. */
    private static void upload(MethodsClient slack, String channelId, String fileName, String title, byte[] bytes)
            throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                FilesUploadV2Response response = slack.filesUploadV2(r -> r
                        .channel(channelId).filename(fileName).title(title).fileData(bytes).requestFileInfo(false));
                if (!response.isOk()) {
                    throw new IOException("Slack refused the upload: " + response.getError());
                }
                return;
            } catch (SlackApiException e) {
                if (!RateLimits.isRateLimited(e) || attempt == ATTEMPTS) {
                    throw new IOException("Slack refused the upload: HTTP " + e.getResponse().code(), e);
                }
                Duration wait = RateLimits.retryAfter(e);
                log.info("upload of {} rate-limited, waiting {} s", fileName, wait.toSeconds());
                Thread.sleep(wait.toMillis());
            }
        }
    }
}
