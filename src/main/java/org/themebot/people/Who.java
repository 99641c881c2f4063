package org.themebot.people;

/** One owner, attendee or role holder: a Slack user, a free-text name, or everyone in the group. */
public sealed interface Who {

    /** How the store spells the kind of a {@link Who}. */
    String kind();

    /** What the store keeps: the user id, the name as typed, or {@code ALL}. */
    String value();

    record SlackUser(String userId) implements Who {
        public String kind() {
            return "user";
        }

        public String value() {
            return userId;
        }
    }

    record Named(String name) implements Who {
        public String kind() {
            return "name";
        }

        public String value() {
            return name;
        }
    }

    record Everyone() implements Who {
        public String kind() {
            return "all";
        }

        public String value() {
            return "ALL";
        }
    }

    static Who of(String kind, String value) {
        return switch (kind) {
            case "user" -> new SlackUser(value);
            case "name" -> new Named(value);
            case "all" -> new Everyone();
            default -> throw new IllegalArgumentException("unknown owner kind " + kind);
        };
    }
}
