package org.themebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads a file to a channel the way Slack now wants it: files.getUploadURLExternal, the bytes to
 * the upload URL, then files.completeUploadExternal with the channel (the SDK's filesUploadV2).
 * A 429 waits its Retry-After and tries again.
 */
final class FileUploads {

    private static final Logger log = LoggerFactory.getLogger(FileUploads.class);
    private static final int ATTEMPTS = 4;

    private final MethodsClient slack;

    FileUploads(MethodsClient slack) {
        this.slack = slack;
    }

    /** Uploads the file and says how that went, for the typer: uploaded, or why not and to try again. */
    SlackMessage share(String channelId, String fileName, String title, byte[] bytes) {
        try {
            upload(channelId, fileName, title, bytes);
            return Replies.text(":page_facing_up: Uploaded *" + Mrkdwn.escape(fileName) + "* to the channel.");
        } catch (Exception e) {
            log.warn("uploading {} failed: {}", fileName, e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Replies.text(":x: I could not upload " + Mrkdwn.escape(fileName) + " to the channel ("
                    + Mrkdwn.escape(String.valueOf(e.getMessage())) + "). Please try the export again.");
        }
    }

    /** Returns normally once Slack holds the file in the channel; throws with Slack's reason otherwise. */
    void upload(String channelId, String fileName, String title, byte[] bytes) throws IOException, InterruptedException {
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
