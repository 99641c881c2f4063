package org.themebot.slack.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.Optional;
import org.themebot.slack.Intent;
import org.themebot.slack.Reply;
import org.themebot.slack.UnitOfWork;
import org.themebot.slack.Workspaces;

/** Publishes a member's Home when they open it; a retried event (same event id) is handled once. */
public final class HomeListeners {

    private final UnitOfWork work;
    private final Workspaces workspaces;

    public HomeListeners(UnitOfWork work, Workspaces workspaces) {
        this.work = work;
        this.workspaces = workspaces;
    }

    public void register(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if (event == null || event.getUser() == null || payload.getTeamId() == null || payload.getEventId() == null) {
                return ctx.ack();
            }
            if (workspaces.serves(payload.getTeamId(), payload.getEnterpriseId()) && "home".equals(event.getTab())) {
                work.change("event:" + payload.getEventId(), () -> Reply.announce(
                        Intent.home(payload.getTeamId(), event.getUser(), Optional.empty())));
            }
            return ctx.ack();
        });
    }
}
