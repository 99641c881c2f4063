package org.themebot.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The made-up Slack workspace the sandbox plays: its team, its people, its channels, and one
 * direct-message channel between the bot and each person. Fixed, so that ids stay valid across
 * restarts while the bot's database keeps its groups.
 */
final class Workspace {

    static final String TEAM_ID = "T0SANDBOX";
    static final String TEAM_DOMAIN = "sandbox";
    static final String TEAM_NAME = "Coventry Partnership (sandbox)";
    static final String APP_ID = "A0THEMEBOT";
    static final String BOT_ID = "B0THEMEBOT";
    static final String BOT_USER_ID = "U0THEMEBOT";
    static final String BOT_NAME = "themebot";
    /** Slack's own voice, for what Slack rather than the app says. */
    static final String SLACKBOT_ID = "USLACKBOT";

    /** A member of the workspace; handle is the name Slack puts in escaped mentions. */
    record Person(String id, String realName, String handle) {
    }

    /** A channel, or (dmWith set) the bot's direct messages with one person. */
    record Channel(String id, String name, String dmWith) {

        boolean isDirect() {
            return dmWith != null;
        }
    }

    /** The group's chair and secretary first: the people of the 3 September 2008 meeting. */
    static final List<Person> PEOPLE = List.of(
            person("U01DEBBIE", "Debbie Briggs"),
            person("U02SUE", "Sue Bent"),
            person("U03BALBIR", "Balbir Sohal"),
            person("U04SALLY", "Sally Giles"),
            person("U05ANDREW", "Andrew Harrison"),
            person("U06JUNE", "June Jeffrey"));

    static final Channel THEME_GROUP = new Channel("C01EQUALITIES", "equalities-theme-group", null);
    static final List<Channel> CHANNELS = List.of(THEME_GROUP, new Channel("C02GENERAL", "general", null));

    private Workspace() {
    }

    /** A fresh id the way Slack makes them: a letter for the kind (V for a view, F for a file) and ten more. */
    static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    private static Person person(String id, String realName) {
        return new Person(id, realName, realName.toLowerCase(Locale.ROOT).replace(' ', '.'));
    }

    static Optional<Person> person(String userId) {
        return PEOPLE.stream().filter(p -> p.id().equals(userId)).findFirst();
    }

    /** The bot's DM channel with a person: D + the person's id without its U. */
    static Channel directMessages(Person person) {
        return new Channel("D" + person.id().substring(1), "directmessage", person.id());
    }

    /** A channel or DM channel by id. */
    static Optional<Channel> channel(String channelId) {
        return CHANNELS.stream().filter(c -> c.id().equals(channelId)).findFirst()
                .or(() -> PEOPLE.stream().map(Workspace::directMessages).filter(d -> d.id().equals(channelId)).findFirst());
    }

    /** The channels and DMs one person sees in the sidebar. */
    static List<Channel> visibleTo(Person person) {
        return Stream.concat(CHANNELS.stream(), Stream.of(directMessages(person))).toList();
    }
}
