package org.themebot.meetings;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.themebot.contacts.ContactNames;
import org.themebot.people.Who;

/**
 * The people of a workspace by name, so that names typed in a document become members: a name
 * is the member whose real or display name it is, ignoring case, spacing, dots and titles
 * ("Supt Jim Titley" is the member Jim Titley), as contacts are matched. A name two members share,
 * or nobody has, stays a name.
 */
public final class WorkspaceMembers {

    /** One member: their user id, real name and display name (either may be blank). */
    public record Member(String userId, String realName, String displayName) {
    }

    /** Nobody: every name stays a name. */
    public static final WorkspaceMembers NONE = new WorkspaceMembers(List.of());

    private final Map<String, Set<String>> userIdsByName = new HashMap<>();

    public WorkspaceMembers(Collection<Member> members) {
        for (Member member : members) {
            Stream.of(member.realName(), member.displayName())
                    .filter(name -> name != null && !name.isBlank())
                    .map(ContactNames::key)
                    .forEach(key -> userIdsByName.computeIfAbsent(key, k -> new HashSet<>()).add(member.userId()));
        }
    }

    /** The member a typed name is, when exactly one member has that name; anyone else as they were. */
    public Who match(Who who) {
        if (!(who instanceof Who.Named named)) {
            return who;
        }
        Set<String> ids = userIdsByName.getOrDefault(ContactNames.key(named.name()), Set.of());
        return ids.size() == 1 ? new Who.SlackUser(ids.iterator().next()) : who;
    }

    public List<Who> match(List<Who> people) {
        return people.stream().map(this::match).toList();
    }
}
