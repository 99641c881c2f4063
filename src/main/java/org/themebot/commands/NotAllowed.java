package org.themebot.commands;

import java.util.List;

/** A refusal for lack of rights; it says who may (Slack user ids, shown as mentions). */
public class NotAllowed extends CommandError {

    private final List<String> allowedUserIds;

    private NotAllowed(String problem, List<String> allowedUserIds) {
        super(problem, "");
        this.allowedUserIds = List.copyOf(allowedUserIds);
    }

    public static NotAllowed officersOnly(String what, List<String> officers) {
        return new NotAllowed("Only the group's chairs and secretaries may " + what + ".", officers);
    }

    public static NotAllowed partnershipOfficersOnly(String what, List<String> officers) {
        return new NotAllowed("Only the partnership's chairs and secretaries may " + what + ".", officers);
    }

    public static NotAllowed ownersOrOfficers(String ref, String what, List<String> officers) {
        return new NotAllowed("Only the owners of " + ref + " and the group's chairs and secretaries may " + what + ".",
                officers);
    }

    public static NotAllowed submitterOrOfficers(String ref, String what, List<String> officers) {
        return new NotAllowed("Only whoever submitted " + ref + " and the group's chairs and secretaries may " + what
                + ".", officers);
    }

    /** The chairs and secretaries to ask instead. */
    public List<String> allowedUserIds() {
        return allowedUserIds;
    }
}
