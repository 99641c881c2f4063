package org.themebot.install;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.slack.api.bolt.response.Response;

/**
 * The pages a person sees while adding themebot to a workspace: the "Add to Slack" page, what to do
 * next once it is in, and a plain explanation when it could not be added. Every value is escaped
 * for HTML; the pages are not cached and send no referrer.
 */
final class InstallPages {

    private InstallPages() {
    }

    static String addToSlack(String authorizeUrl) {
        return page("Add themebot to Slack", """
                <h1>Add themebot to your Slack workspace</h1>
                <p>themebot keeps a theme group's actions, meetings, action notes and good practice in its Slack
                channel, reminds owners before and after due dates, and gives chairs a weekly digest.</p>
                <p>Slack will ask you to allow themebot to post messages, open direct messages for reminders, read
                people's names and upload action notes. A workspace admin may have to approve it.</p>
                <p><a class="add" href="%s">Add to Slack</a></p>
                <p class="small">This link works once, for the next 10 minutes: open this page again to start over.</p>
                """.formatted(escapeHtml4(authorizeUrl)));
    }

    /** What to do next, in Slack. */
    static String installed(String workspaceName, String appId, String teamId) {
        String openSlack = appId != null && teamId != null
                ? "<p><a class=\"add\" href=\"https://slack.com/app_redirect?app=" + escapeHtml4(appId) + "&amp;team="
                        + escapeHtml4(teamId) + "\">Open themebot in Slack</a></p>"
                : "";
        return page("themebot is in Slack", """
                <h1>themebot is in %s</h1>
                <p>What to do next, in Slack:</p>
                <ol>
                  <li>In your theme group's channel, type <code>/invite @themebot</code>.</li>
                  <li>Then <code>/themegroup setup name &lt;your group&gt;</code>: you become its chair (name another
                  with <code>chair @person</code>) and the channel becomes the group's home.</li>
                  <li><code>/meeting start</code> when you meet, <code>/action add</code> for each action, and
                  <code>/themebot help</code> for everything else.</li>
                </ol>
                %s
                <p class="small">A workspace admin can download everything themebot keeps for the workspace with
                <code>/themebot data export</code>, or delete it with <code>/themebot data delete</code>.</p>
                """.formatted(escapeHtml4(workspaceName), openSlack));
    }

    /** Why themebot was not added, and how to try again. */
    static String notAdded(String why) {
        return page("themebot was not added", """
                <h1>themebot was not added</h1>
                <p>%s</p>
                <p>Nothing was saved. <a href="%s">Start again</a>.</p>
                """.formatted(escapeHtml4(why), InstallFlow.INSTALL_PATH));
    }

    /** Sets a page as a Bolt response (the endpoint adds that it is not cached and sends no referrer). */
    static Response respond(Response response, int status, String html) {
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(html);
        return response;
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; max-width: 36rem;
                         margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #1d1c1d; }
                  h1 { font-size: 1.5rem; color: #2c4a6e; }
                  a.add { display: inline-block; background: #2c4a6e; color: #fff; padding: .6rem 1.2rem;
                          border-radius: .3rem; text-decoration: none; font-weight: bold; }
                  a.add:focus { outline: 3px solid #e8a317; }
                  code { background: #f4f4f4; padding: 0 .2rem; }
                  .small { font-size: .9rem; color: #555; }
                </style>
                </head>
                <body>
                %s</body>
                </html>
                """.formatted(escapeHtml4(title), body);
    }
}
