package org.themebot.slack.plans;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.themebot.commands.CommandError;
import org.themebot.commands.SlackText;
import org.themebot.commands.Invocation;
import org.themebot.people.Names;
import org.themebot.plans.DocumentFormat;
import org.themebot.slack.FileUploads;
import org.themebot.slack.Reply;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.UserNames;

/**
 * Plans, annual reports and board reports as files in a channel: made after the ack (the names
 * in them may need users.info) and uploaded; if the upload fails, the person who asked is told.
 */
public final class DocumentUploads {

    /** A document as it is uploaded. */
    public record File(String name, String title, byte[] bytes) {
    }

    /** Makes the file once the names of the people in it are known. */
    @FunctionalInterface
    public interface Maker {
        File make(Names names);
    }

    private final FileUploads uploads;
    private final UserNames names;

    public DocumentUploads(FileUploads uploads, UserNames names) {
        this.uploads = uploads;
        this.names = names;
    }

    /** The format typed after an export (none: Word), if {@code offered}; otherwise what can be had. */
    public static DocumentFormat format(String escaped, Set<DocumentFormat> offered, String what) {
        String typed = SlackText.plain(escaped).strip();
        return DocumentFormat.parse(typed, offered).orElseThrow(() -> new CommandError("I can export " + what + " as "
                + offered.stream().map(DocumentFormat::extension).collect(Collectors.joining(", ")) + ", not '" + typed
                + "'.", ""));
    }

    /** A report's period as typed, and the format named after it (none: Word). */
    public record PeriodAndFormat(String period, DocumentFormat format) {
    }

    /** "2008/09", "2008/09 pdf", "April 2008 – September 2008 docx": a last word that is a format is the format. */
    public static PeriodAndFormat periodAndFormat(String escaped, Set<DocumentFormat> offered) {
        String typed = SlackText.plain(escaped).strip();
        int lastSpace = typed.lastIndexOf(' ');
        Optional<DocumentFormat> named = lastSpace < 0 ? Optional.empty()
                : DocumentFormat.parse(typed.substring(lastSpace + 1), offered);
        return named.map(format -> new PeriodAndFormat(typed.substring(0, lastSpace).strip(), format))
                .orElseGet(() -> new PeriodAndFormat(typed, DocumentFormat.DOCX));
    }

    /** Work for after the ack: make the file and share it in {@code channelId}. */
    public Reply toChannel(Invocation inv, String channelId, Maker maker) {
        return Reply.afterAck(context -> {
            File file = maker.make(names.in(inv.workspaceId()));
            Optional<SlackMessage> failed = uploads.share(inv.workspaceId(), channelId, file.name(), file.title(), file.bytes());
            if (failed.isPresent()) {
                context.respond(failed.get());
            }
        });
    }
}
