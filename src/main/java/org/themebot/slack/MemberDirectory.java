package org.themebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.themebot.commands.CommandError;
import org.themebot.meetings.WorkspaceMembers;

/**
 * The workspace's people by name, from {@code users.list} page by page: to match the names typed in
 * a document to members. Bots, Slackbot and deactivated accounts are left out. Runs after the ack;
 * Slack being busy or refusing is a {@link CommandError} that says so.
 */
public final class MemberDirectory {

    /** Slack's own advice for users.list pages. */
    private static final int PAGE = 200;
    /** 10,000 members: far more than a partnership's workspace, and a bound on the time it takes. */
    private static final int MAX_PAGES = 50;
    private static final String SLACKBOT = "USLACKBOT";

    private final SlackClients slack;

    public MemberDirectory(SlackClients slack) {
        this.slack = slack;
    }

    public WorkspaceMembers members(String workspaceId) {
        MethodsClient client = slack.of(workspaceId);
        List<WorkspaceMembers.Member> members = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            UsersListResponse response = page(client, cursor);
            for (User user : response.getMembers() == null ? List.<User>of() : response.getMembers()) {
                if (!user.isDeleted() && !user.isBot() && !SLACKBOT.equals(user.getId())) {
                    members.add(new WorkspaceMembers.Member(user.getId(), realName(user),
                            user.getProfile() == null ? "" : user.getProfile().getDisplayName()));
                }
            }
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isBlank()) {
                break;
            }
        }
        return new WorkspaceMembers(members);
    }

    private static UsersListResponse page(MethodsClient slack, String cursor) {
        try {
            UsersListResponse response = slack.usersList(r -> r.limit(PAGE).cursor(cursor.isEmpty() ? null : cursor));
            if (!response.isOk()) {
                throw unavailable("Slack answered " + response.getError());
            }
            return response;
        } catch (SlackApiException e) {
            throw unavailable(RateLimits.isRateLimited(e) ? "Slack is busy" : "HTTP " + e.getResponse().code());
        } catch (IOException e) {
            throw unavailable(String.valueOf(e.getMessage()));
        }
    }

    private static String realName(User user) {
        String profileName = user.getProfile() == null ? null : user.getProfile().getRealName();
        return profileName != null && !profileName.isBlank() ? profileName : user.getRealName();
    }

    private static CommandError unavailable(String why) {
        return new CommandError("I could not ask Slack who is in the workspace (" + why + "), so nothing was read. "
                + "Please try again in a minute.", "");
    }
}
