package org.themebot.meetings;

/** A numbered heading of a meeting ("2. Revised Terms of Reference"). */
public record AgendaItem(long id, long meetingId, int number, String title, int position) {
}
