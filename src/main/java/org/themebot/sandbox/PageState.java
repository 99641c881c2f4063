package org.themebot.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.themebot.mail.Attachment;
import org.themebot.mail.MailMessage;

/**
 * Everything one person sees on the page, as JSON: the workspace's people, their channels and
 * DM with the bot with the posts they can see (their own ephemerals only), their open modal and
 * their Home tab, the mail themebot sent people outside Slack, and which channels have a theme group (so the page's hints never offer a setup
 * that would overwrite one). Texts and blocks are passed on as the bot sent them; the page renders
 * them as text, never as HTML.
 */
final class PageState {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The made-up workspace is in Coventry: the page writes dates and times as en-GB does (dd/mm/yyyy, 24-hour). */
    private static final String LOCALE = "en-GB";

    private final Timeline timeline;
    private final Views views;
    private final AppManifest manifest;
    private final Sandbox.ThemeGroups groups;
    private final CaughtMail mail;

    PageState(Timeline timeline, Views views, AppManifest manifest, Sandbox.ThemeGroups groups, CaughtMail mail) {
        this.timeline = timeline;
        this.views = views;
        this.manifest = manifest;
        this.groups = groups;
        this.mail = mail;
    }

    ObjectNode of(Workspace.Person viewer) {
        ObjectNode state = JSON.objectNode().put("version", timeline.version()).put("viewer", viewer.id());
        state.putObject("team").put("id", Workspace.TEAM_ID).put("name", Workspace.TEAM_NAME)
                .put("locale", LOCALE);
        state.putObject("bot").put("id", Workspace.BOT_USER_ID).put("name", Workspace.BOT_NAME);
        state.putObject("slackbot").put("id", Workspace.SLACKBOT_ID).put("name", "Slackbot");
        ArrayNode commands = state.putArray("commands");
        manifest.commands().forEach(c -> commands.addObject().put("command", c.command())
                .put("description", c.description()).put("usageHint", c.usageHint()));
        state.put("messagesReadOnly", manifest.messagesReadOnly());
        ArrayNode shortcuts = state.putArray("shortcuts");
        manifest.shortcuts().forEach(s -> shortcuts.addObject().put("name", s.name()).put("type", s.type())
                .put("callbackId", s.callbackId()));
        ArrayNode people = state.putArray("people");
        Workspace.PEOPLE.forEach(p -> people.addObject().put("id", p.id()).put("name", p.realName())
                .put("handle", p.handle()));
        ArrayNode conversations = state.putArray("conversations");
        for (Workspace.Channel channel : Workspace.visibleTo(viewer)) {
            ObjectNode c = conversations.addObject().put("id", channel.id())
                    .put("name", channel.isDirect() ? Workspace.BOT_NAME : channel.name())
                    .put("direct", channel.isDirect())
                    .put("themeGroup", !channel.isDirect() && groups.existIn(Workspace.TEAM_ID, channel.id()));
            ArrayNode posts = c.putArray("posts");
            timeline.conversation(channel.id(), viewer.id()).forEach(p -> posts.add(post(p)));
        }
        state.set("modal", views.top(viewer.id()).orElse(null));
        state.set("home", views.home(viewer.id()).orElse(null));
        ArrayNode mails = state.putArray("mail");
        mail.all().forEach(m -> mails.add(mail(m)));
        return state;
    }

    /** A caught mail as the Mail view shows it: to whom, when, its subject, its plain text and its files. */
    private static ObjectNode mail(CaughtMail.Caught caught) {
        MailMessage m = caught.mail();
        ObjectNode mail = JSON.objectNode().put("id", caught.id()).put("at", caught.at().toString())
                .put("to", m.to().name() + " <" + m.to().address() + ">").put("subject", m.subject())
                .put("text", m.text());
        ArrayNode files = mail.putArray("files");
        for (int i = 0; i < m.attachments().size(); i++) {
            Attachment file = m.attachments().get(i);
            files.addObject().put("name", file.fileName()).put("title", file.fileName())
                    .put("size", file.content().length).put("url", PageEndpoints.MAIL_PATH + caught.id() + "/" + i);
        }
        return mail;
    }

    private static ObjectNode post(Timeline.Post p) {
        ObjectNode post = JSON.objectNode().put("ts", p.ts()).put("author", p.author()).put("text", p.text())
                .put("onlyYou", p.onlyFor() != null).put("typed", p.typed());
        post.set("blocks", p.blocks());
        ArrayNode files = post.putArray("files");
        p.files().forEach(f -> files.addObject().put("id", f.id()).put("name", f.name()).put("title", f.title())
                .put("size", f.bytes().length).put("url", PageEndpoints.FILES_PATH + f.id()));
        return post;
    }
}
