package org.themebot.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What Slack's client does to a slash command's text before the app gets it (should_escape):
 * {@code & < >} become entities, and "@Sue Bent" or "@sue.bent" a mention {@code <@U02SUE|sue.bent>},
 * "#general" a channel link {@code <#C02GENERAL|general>}.
 */
final class TypedText {

    private static final Pattern CHANNEL = Pattern.compile("(?<![\\w#])#([a-z0-9_-]+)");

    private TypedText() {
    }

    static String escaped(String typed) {
        String text = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return channels(mentions(text));
    }

    /** A name someone may be mentioned by: their real name or their handle. */
    private record Name(Workspace.Person person, String name) {
    }

    /** Longest names first, so that "@Sue Bent" is not taken for someone called "Sue". */
    private static final List<Name> NAMES = Workspace.PEOPLE.stream()
            .flatMap(p -> Stream.of(new Name(p, p.realName()), new Name(p, p.handle())))
            .sorted(Comparator.comparingInt((Name n) -> n.name().length()).reversed())
            .toList();

    private static String mentions(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Optional<Name> named = text.charAt(i) == '@' ? nameAt(text, i + 1) : Optional.empty();
            if (named.isPresent()) {
                Workspace.Person p = named.get().person();
                out.append("<@").append(p.id()).append('|').append(p.handle()).append('>');
                i += 1 + named.get().name().length();
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static Optional<Name> nameAt(String text, int at) {
        return NAMES.stream().filter(n -> {
            int end = at + n.name().length();
            return text.regionMatches(true, at, n.name(), 0, n.name().length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        }).findFirst();
    }

    private static String channels(String text) {
        Matcher m = CHANNEL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String replacement = Workspace.CHANNELS.stream().filter(c -> c.name().equals(name)).findFirst()
                    .map(c -> "<#" + c.id() + "|" + c.name() + ">").orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
