package org.themebot.plans;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.themebot.groups.ThemeGroup;

/** A group's whole plan as stored: its objectives, every review (oldest first), and the linked actions. */
public record GroupPlan(List<PlanItem> items, List<PlanReview> reviews, List<LinkedAction> actions) {

    public GroupPlan {
        items = List.copyOf(items);
        reviews = List.copyOf(reviews);
        actions = List.copyOf(actions);
    }

    public static GroupPlan read(Handle handle, long groupId) {
        PlanStore store = handle.attach(PlanStore.class);
        return new GroupPlan(store.items(groupId), store.reviews(groupId), store.linkedActions(groupId));
    }

    public List<PlanReview> reviewsOf(PlanItem item) {
        return reviews.stream().filter(r -> r.planItemId() == item.id()).toList();
    }

    public List<LinkedAction> actionsOf(PlanItem item) {
        return actions.stream().filter(a -> a.planItemId() == item.id()).toList();
    }

    PlanService.Shown shown(ThemeGroup group, PlanItem item) {
        return new PlanService.Shown(group, item, reviewsOf(item), actionsOf(item));
    }
}
