package org.themebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import java.io.IOException;

/** What work after an ack may use: the Web API, the request's trigger id and its response_url. */
public interface AfterAckContext {

    MethodsClient client();

    /** Opens a modal; Slack honours a trigger id for 3 s only, so this runs right after the ack. */
    default void openModal(View view) throws IOException, SlackApiException {
        var opened = client().viewsOpen(r -> r.triggerId(triggerId()).view(view));
        if (!opened.isOk()) {
            throw new IOException("views.open: " + opened.getError());
        }
    }

    String triggerId();

    /** Answers the person who asked, privately (the request's response_url). */
    void respond(SlackMessage message) throws IOException;

    /** Replaces the private message the request came from (a list's page) with another. */
    void replace(SlackMessage message) throws IOException;
}
