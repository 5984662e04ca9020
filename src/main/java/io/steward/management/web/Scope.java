package io.steward.management.web;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.management.Department;
import io.steward.management.internal.Departments;
import io.steward.platform.DomainRefusal;
import org.springframework.stereotype.Component;

/** Resolves the department a request is about, from who is asking (DESIGN §6: outside one's scope is 404). */
@Component
class Scope {

    private final Actors actors;
    private final Departments departments;

    Scope(Actors actors, Departments departments) {
        this.actors = actors;
        this.departments = departments;
    }

    CurrentActor actor() {
        return actors.current();
    }

    /** The department the signed-in manager leads. */
    Department managed() {
        return departments.managedBy(actors.current());
    }

    /** The manager's own department, or for a director the named one in their subtree. */
    Department readable(String department) {
        return departments.readableBy(actors.current(), department);
    }

    /** The department the signed-in staff member works in. */
    Department own() {
        String username = actors.current().username();
        return departments.ofStaff(username).orElseThrow(() -> DomainRefusal.notFound("management-no-department",
                "You are in no department"));
    }

    Departments departments() {
        return departments;
    }
}
