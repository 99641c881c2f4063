package org.themebot.plans;

import java.util.List;

/** The action plan as a Word document: the title, then one five-column table in the 2008/10 plan's layout. */
final class ActionPlanDocx {

    /**
     * Shares of the width between the margins: the objective and the outcomes carry the most
     * text; the timescale with its lead member is short.
     */
    private static final int[] WIDTHS = WordDocument.widths(22, 22, 14, 20, 22);

    private ActionPlanDocx() {
    }

    static byte[] render(ActionPlan plan) {
        try (WordDocument doc = new WordDocument(plan.title())) {
            doc.title(plan.title());
            List<List<String>> rows = plan.rows().stream().map(ActionPlan.Row::cells).toList();
            return doc.table(ActionPlan.HEADER, WIDTHS, rows).bytes();
        }
    }
}
