package org.themebot.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a name typed as an owner, present or apologies is matched to a contact: ignoring case,
 * spacing, dots and the titles and ranks in front of it, so "Kevin Foster", "Cllr Kevin Foster" and
 * "cllr. kevin  foster" are one person.
 *
 * <p>The titles: Cllr, Councillor, Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Professor, Rev, Revd, Reverend,
 * Sir, Dame, Lord, Lady, Baroness, Rt Hon, Hon, and the police ranks Supt, Ch Supt, Chief
 * Superintendent, Superintendent, Insp, Ch Insp, Chief Inspector, Inspector, DCI, Sgt, Sergeant,
 * PC, PCSO, Chief Constable. Initials that are also first names (Di, Des) are not titles, and
 * letters after a name (MBE, JP) are kept.
 */
public final class ContactNames {

    /** Two-word titles, checked before one-word ones so "Ch Supt" goes whole. */
    static final Set<String> TWO_WORD_TITLES = Set.of("ch supt", "chief superintendent", "ch insp", "chief inspector",
            "chief constable", "rt hon");
    static final Set<String> TITLES = Set.of("cllr", "councillor", "mr", "mrs", "ms", "miss", "mx", "dr", "prof",
            "professor", "rev", "revd", "reverend", "sir", "dame", "lord", "lady", "baroness", "hon", "supt",
            "superintendent", "insp", "inspector", "dci", "sgt", "sergeant", "pc", "pcso");

    private ContactNames() {
    }

    /** The key a name is stored and matched by: "Cllr Kevin Foster" → "kevin foster". A title alone stays a name. */
    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace(".", " ");
        List<String> words = new ArrayList<>(Arrays.asList(folded.strip().split("\\s+")));
        while (words.size() > 1) {
            if (words.size() > 2 && TWO_WORD_TITLES.contains(words.get(0) + " " + words.get(1))) {
                words.subList(0, 2).clear();
            } else if (TITLES.contains(words.get(0))) {
                words.remove(0);
            } else {
                break;
            }
        }
        return String.join(" ", words);
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
