package org.themebot.plans;

import java.util.List;

/** The action plan as a Word document or PDF: the title, then one five-column table in the 2008/10 plan's layout. */
final class ActionPlanDocument {

    /**
     * Shares of the width between the margins: the objective and the outcomes carry the most
     * text; the timescale with its lead member is short.
     */
    private static final int[] PERCENTS = {22, 22, 14, 20, 22};

    private ActionPlanDocument() {
    }

    static byte[] render(ActionPlan plan, DocumentFormat format) {
        try (DocumentWriter doc = DocumentWriter.of(format, plan.title())) {
            doc.title(plan.title());
            List<List<String>> rows = plan.rows().stream().map(ActionPlan.Row::cells).toList();
            return doc.table(ActionPlan.HEADER, PERCENTS, rows).bytes();
        }
    }
}
