package org.themebot.slack.imports;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.fileInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.File;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.themebot.export.ImportedNotes;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.Mrkdwn;

/** The modals every Word import shares: the form where the file is picked, the wait, a refusal, and what was not read. Pure. */
public final class ImportViews {

    /** The file input's block and action id. */
    public static final String FILE = "file";

    private static final int UNREAD_PREVIEW = 200;

    private ImportViews() {
    }

    /**
     * A form with how importing goes ({@code intro}), a file input for one .docx (Slack uploads the
     * file and hands the bot its url_private on submission) and, if given, a {@code tip} beneath.
     */
    public static View picker(String callbackId, String title, String intro, String label, Optional<String> tip,
                              String signedChannel) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(intro, BlockLimits.MAX_SECTION_TEXT)))));
        blocks.add(input(i -> i.blockId(FILE).label(plainText(label))
                .element(fileInput(f -> f.actionId(FILE).filetypes(List.of("docx")).maxFiles(1)))));
        tip.ifPresent(text -> blocks.add(context(c -> c.elements(List.of(markdownText(text))))));
        return Views.view(v -> v.type("modal").callbackId(callbackId).privateMetadata(signedChannel)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Preview")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** A preview: what was read, with Import to confirm it and Cancel to let it go (it expires unconfirmed). */
    public static View preview(String callbackId, String title, String signedMetadata, List<LayoutBlock> blocks) {
        return Views.view(v -> v.type("modal").callbackId(callbackId).privateMetadata(signedMetadata)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Import")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** The files picked in the submitted form (none when Slack sent none). */
    static List<File> pickedFiles(ViewState state) {
        return Optional.ofNullable(state).map(ViewState::getValues).map(values -> values.get(FILE))
                .map(actions -> actions.get(FILE)).map(ViewState.Value::getFiles).orElse(List.of());
    }

    /** Shown while a slow file or a slow Slack keeps the preview waiting. */
    static View reading(String title, String fileName) {
        return message(title, ":hourglass_flowing_sand: Reading *" + Mrkdwn.escape(fileName) + "*…", "Cancel");
    }

    /** What went wrong, in the modal that was waiting for the preview. */
    static View refused(String title, String mrkdwn) {
        return message(title, mrkdwn, "Close");
    }

    /** "*Not read (2):* these are left out." and a line for each, or nothing when all was read. */
    public static Optional<String> unread(List<ImportedNotes.Unread> unread) {
        if (unread.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("*Not read (" + unread.size() + "):* these are left out.");
        for (ImportedNotes.Unread u : unread) {
            text.append("\n• ").append(Mrkdwn.escape(u.where())).append(": ")
                    .append(Mrkdwn.escape(BlockLimits.fit(u.text(), UNREAD_PREVIEW))).append(" — _")
                    .append(Mrkdwn.escape(u.why())).append('_');
        }
        return Optional.of(text.toString());
    }

    private static View message(String title, String mrkdwn, String close) {
        return Views.view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text(title)))
                .close(viewClose(c -> c.type("plain_text").text(close)))
                .blocks(List.of(section(s -> s.text(markdownText(BlockLimits.fit(mrkdwn, BlockLimits.MAX_SECTION_TEXT)))))));
    }
}
