package io.steward.sales.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.platform.DomainRefusal;
import java.util.List;
import org.springframework.stereotype.Component;

/** QUAL-1 on every staff act of a sale: only a practitioner holding a valid certificate today may take it. */
@Component
class Practitioners {

    private final Actors actors;

    Practitioners(Actors actors) {
        this.actors = actors;
    }

    CurrentActor certified() {
        CurrentActor actor = actors.current();
        if (!actor.actsAsPractitioner()) {
            throw DomainRefusal.byRules("qualification-required",
                    "Only a practitioner holding a valid qualification certificate today may do this", List.of("QUAL-1"));
        }
        return actor;
    }
}
