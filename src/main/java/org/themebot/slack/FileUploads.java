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
