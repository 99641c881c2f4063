package org.themebot.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a Slack workspace is made of (people, channels, ids as Slack makes them), and the made-up
 * workspace the sandbox plays: its team, its people, its channels, and one direct-message channel
 * between the bot and each person. Fixed, so that ids stay valid across restarts while the bot's
 * database keeps its groups. The engine reads people and channels through a {@link Directory};
 * {@link #directory()} is the sandbox's.
 */
public final class Workspace {

    static final String TEAM_ID = "T0SANDBOX";
    static final String TEAM_DOMAIN = "sandbox";
    static final String TEAM_NAME = "Coventry Partnership (sandbox)";
    static final String APP_ID = Directory.Bot.THEMEBOT.appId();
    static final String BOT_ID = Directory.Bot.THEMEBOT.botId();
    static final String BOT_USER_ID = Directory.Bot.THEMEBOT.userId();
    static final String BOT_NAME = Directory.Bot.THEMEBOT.name();
    /** Slack's own voice, for what Slack rather than the app says. */
    static final String SLACKBOT_ID = "USLACKBOT";

    /** A member of the workspace; handle is the name Slack puts in escaped mentions. */
    public record Person(String id, String realName, String handle) {

        /** A person whose handle is made from their real name as Slack suggests it: "Sue Bent" is sue.bent. */
        public static Person named(String id, String realName) {
            String handle = realName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", ".")
                    .replaceAll("^\\.|\\.$", "");
            return new Person(id, realName, handle);
        }
    }

    /**
     * A channel, or (dmWith set) the bot's direct messages with one person. Slack lets the bot post
     * only where it is a member (not_in_channel otherwise); it is always in its DMs.
     */
    public record Channel(String id, String name, String dmWith, boolean botIsMember) {

        public boolean isDirect() {
            return dmWith != null;
        }
    }

    /** The group's chair and secretary first: the people of the 3 September 2008 meeting. */
    static final List<Person> PEOPLE = List.of(
            Person.named("U01DEBBIE", "Debbie Briggs"),
            Person.named("U02SUE", "Sue Bent"),
            Person.named("U03BALBIR", "Balbir Sohal"),
            Person.named("U04SALLY", "Sally Giles"),
            Person.named("U05ANDREW", "Andrew Harrison"),
            Person.named("U06JUNE", "June Jeffrey"));

    static final Channel THEME_GROUP = new Channel("C01EQUALITIES", "equalities-theme-group", null, true);
    static final List<Channel> CHANNELS = List.of(THEME_GROUP, new Channel("C02GENERAL", "general", null, true));

    private Workspace() {
    }

    /** The sandbox's people and channels, for the engine. */
    static Directory directory() {
        Directory directory = new Directory(new Directory.Team(TEAM_ID, TEAM_DOMAIN, TEAM_NAME), Directory.Bot.THEMEBOT);
        PEOPLE.forEach(directory::add);
        CHANNELS.forEach(directory::add);
        return directory;
    }

    /** A fresh id the way Slack makes them: a letter for the kind (V for a view, F for a file) and ten more. */
    static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static Optional<Person> person(String userId) {
        return PEOPLE.stream().filter(p -> p.id().equals(userId)).findFirst();
    }

    static Channel directMessages(Person person) {
        return Directory.directMessages(person.id());
    }

    /** The channels and DMs one person sees in the sidebar. */
    static List<Channel> visibleTo(Person person) {
        return Stream.concat(CHANNELS.stream(), Stream.of(directMessages(person))).toList();
    }
}
