package org.themebot.partnership;

import java.util.Locale;

/** A group's place in a partnership. Only a member's data is ever shown to the partnership. */
public enum MemberStatus {
    INVITED, MEMBER, DECLINED, LEFT;

    String storeName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
