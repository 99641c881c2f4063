package org.themebot.goodpractice;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A group's equality strands and guiding principles, each list in the group's order. */
public interface GroupSettingsStore {

    @SqlQuery("SELECT name FROM group_strand WHERE group_id = :groupId ORDER BY position")
    List<String> strandNames(@Bind("groupId") long groupId);

    @SqlUpdate("DELETE FROM group_strand WHERE group_id = :groupId")
    void clearStrands(@Bind("groupId") long groupId);

    @SqlUpdate("INSERT INTO group_strand (group_id, position, name) VALUES (:groupId, :position, :name)")
    void addStrand(@Bind("groupId") long groupId, @Bind("position") int position, @Bind("name") String name);

    @SqlQuery("SELECT name FROM group_principle WHERE group_id = :groupId ORDER BY position")
    List<String> principles(@Bind("groupId") long groupId);

    @SqlUpdate("DELETE FROM group_principle WHERE group_id = :groupId")
    void clearPrinciples(@Bind("groupId") long groupId);

    @SqlUpdate("INSERT INTO group_principle (group_id, position, name) VALUES (:groupId, :position, :name)")
    void addPrinciple(@Bind("groupId") long groupId, @Bind("position") int position, @Bind("name") String name);

    /** The group's strands; the statutory six while it has set none. */
    default Strands strands(long groupId) {
        List<String> names = strandNames(groupId);
        return names.isEmpty() ? Strands.statutory() : Strands.of(names);
    }

    default GoodPracticeSettings settings(long groupId) {
        return new GoodPracticeSettings(strands(groupId), principles(groupId));
    }

    /** Replaces the group's strands; an empty list brings back the statutory six. */
    default void replaceStrands(long groupId, List<String> names) {
        clearStrands(groupId);
        for (int i = 0; i < names.size(); i++) {
            addStrand(groupId, i, names.get(i));
        }
    }

    default void replacePrinciples(long groupId, List<String> names) {
        clearPrinciples(groupId);
        for (int i = 0; i < names.size(); i++) {
            addPrinciple(groupId, i, names.get(i));
        }
    }
}
