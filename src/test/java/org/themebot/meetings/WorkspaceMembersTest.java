package org.themebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.themebot.people.Who;

class WorkspaceMembersTest {

    private final WorkspaceMembers members = new WorkspaceMembers(List.of(
            new WorkspaceMembers.Member("U1", "Sue Bent", "sue"),
            new WorkspaceMembers.Member("U2", "Jim Titley", ""),
            new WorkspaceMembers.Member("U3", "June Jeffrey", "June"),
            new WorkspaceMembers.Member("U4", "June Morley", "June")));

    @Test
    void aNameIsTheMemberWhoseRealOrDisplayNameItIsIgnoringCaseSpacingAndTitles() {
        assertThat(members.match(List.of(new Who.Named("sue  bent"), new Who.Named("Sue"), new Who.Named("Supt. Jim Titley"),
                new Who.Named("June Jeffrey")))).containsExactly(new Who.SlackUser("U1"), new Who.SlackUser("U1"),
                new Who.SlackUser("U2"), new Who.SlackUser("U3"));
    }

    @Test
    void aNameTwoMembersShareOrNobodyHasStaysAsWritten() {
        assertThat(members.match(List.of(new Who.Named("June"), new Who.Named("Cllr Kevin Foster"), new Who.Everyone(),
                new Who.SlackUser("U9")))).containsExactly(new Who.Named("June"), new Who.Named("Cllr Kevin Foster"),
                new Who.Everyone(), new Who.SlackUser("U9"));
    }
}
