package org.themebot.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.themebot.sandbox.Workspace.Channel;
import org.themebot.sandbox.Workspace.Person;

/**
 * Who and where, as the engine's Slack knows them: the team, the app's bot, the people and the
 * channels, and the bot's direct messages with each person. The sandbox fills it with its made-up
 * workspace ({@link Workspace#directory()}); tests add the people and channels they need. Lookups
 * for the Web API fail with Slack's error names.
 */
public final class Directory {

    /** The workspace as auth.test and every payload name it. */
    public record Team(String id, String domain, String name) {
    }

    /** The app in the workspace: its id, its bot and the bot's user. */
    public record Bot(String appId, String botId, String userId, String name) {

        public static final Bot THEMEBOT = new Bot("A0THEMEBOT", "B0THEMEBOT", "U0THEMEBOT", "themebot");
    }

    private final Team team;
    private final Bot bot;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final java.util.Set<String> admins = new java.util.HashSet<>();

    public Directory(Team team, Bot bot) {
        this.team = team;
        this.bot = bot;
    }

    public Team team() {
        return team;
    }

    public Bot bot() {
        return bot;
    }

    public synchronized Directory add(Person person) {
        people.put(person.id(), person);
        return this;
    }

    public synchronized Directory add(Channel channel) {
        channels.put(channel.id(), channel);
        return this;
    }

    /** Makes a member a workspace admin (users.info says is_admin). */
    public synchronized Directory admin(String userId) {
        admins.add(userId);
        return this;
    }

    public synchronized boolean isAdmin(String userId) {
        return admins.contains(userId);
    }

    public synchronized List<Person> people() {
        return List.copyOf(people.values());
    }

    public synchronized Optional<Person> person(String userId) {
        return Optional.ofNullable(userId).map(people::get);
    }

    /** The bot's DM channel with a user: D + the user's id without its first letter. */
    public static Channel directMessages(String userId) {
        return new Channel("D" + userId.substring(1), "directmessage", userId, true);
    }

    /** A channel or DM channel by id. */
    public synchronized Optional<Channel> channel(String channelId) {
        if (channelId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(channels.get(channelId)).or(() -> people.keySet().stream()
                .map(Directory::directMessages).filter(dm -> dm.id().equals(channelId)).findFirst());
    }

    /** The handle Slack sends as user_name (an unknown user's id in lower case, as a stand-in). */
    public String handle(String userId) {
        return person(userId).map(Person::handle).orElse(userId.toLowerCase(Locale.ROOT));
    }

    /** The name Slack sends as channel_name ("directmessage" for a DM). */
    public String channelName(String channelId) {
        return channel(channelId).map(Channel::name).orElse(channelId.toLowerCase(Locale.ROOT));
    }

    // ---- the Web API's lookups

    /** A member, or Slack's user_not_found. */
    Person member(String userId) {
        return person(userId).orElseThrow(() -> new WebApi.Refused("user_not_found"));
    }

    /** A channel id, "#name", a DM channel id, or a user id (the bot's DM with them); channel_not_found otherwise. */
    synchronized Channel resolve(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new WebApi.Refused("channel_not_found");
        }
        Optional<Channel> found = channel.startsWith("#")
                ? channels.values().stream().filter(c -> c.name().equals(channel.substring(1))).findFirst()
                : channel(channel).or(() -> person(channel).map(p -> directMessages(p.id())));
        return found.orElseThrow(() -> new WebApi.Refused("channel_not_found"));
    }

    /** A channel the bot may post in: as {@link #resolve}, and not_in_channel where the bot is not a member. */
    Channel postable(String channel) {
        Channel found = resolve(channel);
        if (!found.botIsMember()) {
            throw new WebApi.Refused("not_in_channel");
        }
        return found;
    }
}
