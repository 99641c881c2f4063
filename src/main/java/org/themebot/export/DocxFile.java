package org.themebot.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens an uploaded file (action notes, an action plan) as a Word document, or refuses it before parsing anything: too big, not a
 * .docx (a .doc, a PDF, a spreadsheet…), damaged, or a zip bomb. A .docx is a zip, so its size on
 * disk says little: the whole archive is inflated once, counting, and refused past a limit far above
 * any set of notes, before POI reads it.
 */
public final class DocxFile {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Inflated size of every part together; a 100-page Word document is a few MB. */
    static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;
    static final int MAX_PARTS = 1000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

    private DocxFile() {
    }

    public static XWPFDocument open(byte[] file, String name) {
        if (file.length > MAX_FILE_BYTES) {
            throw new UnreadableNotes(name + " is " + megabytes(file.length) + " MB: I read files of up to 10 MB.");
        }
        if (startsWith(file, OLE2)) {
            throw new UnreadableNotes(name + " is an older Word .doc file (or a password-protected one): I read .docx only. "
                    + "In Word, choose File › Save As › Word Document (.docx), without a password, and share that.");
        }
        if (startsWith(file, PDF)) {
            throw new UnreadableNotes(name + " is a PDF: I read Word .docx files only. Share the Word version.");
        }
        if (startsWith(file, RTF)) {
            throw new UnreadableNotes(name + " is a Rich Text (.rtf) file: I read .docx only. "
                    + "In Word, choose File › Save As › Word Document (.docx).");
        }
        if (!startsWith(file, ZIP)) {
            throw new UnreadableNotes(name + " is not a Word .docx file.");
        }
        checkArchive(file, name);
        try {
            return new XWPFDocument(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw damaged(name);
        }
    }

    /** Inflates every part once, counting, so a zip bomb stops at the limit; the archive must hold a Word document. */
    private static void checkArchive(byte[] file, String name) {
        Set<String> parts = new HashSet<>();
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!parts.add(entry.getName()) || parts.size() > MAX_PARTS) {
                    throw damaged(name);
                }
                for (int n = read(zip, buffer); n > 0; n = read(zip, buffer)) {
                    expanded += n;
                    if (expanded > MAX_EXPANDED_BYTES) {
                        throw new UnreadableNotes(name + " unpacks to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
                                + " MB, far more than any notes or plan: I did not read it.");
                    }
                }
            }
        } catch (IOException e) {
            throw damaged(name);
        }
        if (!parts.contains("word/document.xml")) {
            throw new UnreadableNotes(name + (parts.contains("xl/workbook.xml") ? " is a spreadsheet" : " is not a Word document")
                    + ": I read Word .docx files only.");
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }

    private static UnreadableNotes damaged(String name) {
        return new UnreadableNotes(name + " could not be opened: it looks damaged. Open it in Word, save it again as .docx, "
                + "and share that.");
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (file[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(int bytes) {
        return String.format(java.util.Locale.UK, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
