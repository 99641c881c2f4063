package org.themebot.people;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Display names for people: Slack users by their real name, everyone else as typed. */
@FunctionalInterface
public interface Names {

    /** No name known yet: messages mention each Slack user, and Slack shows their names. */
    Names NONE_KNOWN = new Names() {
        @Override
        public String realName(String userId) {
            return userId;
        }

        @Override
        public Optional<String> known(String userId) {
            return Optional.empty();
        }
    };

    /** The real name of a Slack user (or a readable stand-in when Slack cannot say). */
    String realName(String userId);

    /** The real name when it is known; messages mention an unknown user instead, and Slack shows the name. */
    default Optional<String> known(String userId) {
        return Optional.of(realName(userId));
    }

    default String of(Who who) {
        return who instanceof Who.SlackUser user ? realName(user.userId()) : who.value();
    }

    default List<String> of(List<? extends Who> people) {
        return people.stream().map(this::of).toList();
    }

    /** Owners as the Who column shows them: "Balbir Sohal / Debbie Briggs". */
    default String joined(List<? extends Who> people) {
        return people.stream().map(this::of).collect(Collectors.joining(" / "));
    }
}
