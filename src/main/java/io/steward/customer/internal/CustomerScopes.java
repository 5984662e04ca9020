package io.steward.customer.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerAccess;
import io.steward.customer.CustomerGrant;
import io.steward.customer.CustomerView;
import io.steward.customer.internal.AccessPurposes.Purpose;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.platform.DomainRefusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CustomerScopes implements CustomerAccess {

    private final CustomerRows rows;
    private final Actors actors;
    private final StaffDirectory directory;
    private final AuditTrail audit;
    private final AccessPurposes purposes;

    CustomerScopes(CustomerRows rows, Actors actors, StaffDirectory directory, AuditTrail audit,
            AccessPurposes purposes) {
        this.rows = rows;
        this.actors = actors;
        this.directory = directory;
        this.audit = audit;
        this.purposes = purposes;
    }

    @Override
    @Transactional(noRollbackFor = DomainRefusal.class) // a refused read is recorded, too
    public CustomerGrant open(String number, String section) {
        return read(number, section, false);
    }

    @Override
    @Transactional(noRollbackFor = DomainRefusal.class)
    public CustomerGrant openFull(String number, String section) {
        return read(number, section, true);
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerGrant requireFull(String number) {
        CurrentActor actor = actors.current();
        CustomerRow row = rows.findByNumber(number).orElseThrow(() -> unknown(number));
        return viewOf(actor, row.practitioner()).filter(view -> view == CustomerView.FULL)
                .map(view -> new CustomerGrant(row.id(), row.number(), view, actor.username()))
                .orElseThrow(() -> unknown(number));
    }

    private CustomerGrant read(String number, String section, boolean fullOnly) {
        CurrentActor actor = actors.current();
        Optional<CustomerRow> row = rows.findByNumber(number);
        Optional<CustomerView> own = row.flatMap(r -> viewOf(actor, r.practitioner()));
        // COMPLIANCE reads only under a purpose stated beforehand, and the read is recorded with it
        Optional<Purpose> purpose = own.isPresent() || !actor.holds(Role.COMPLIANCE) ? Optional.empty()
                : row.flatMap(r -> purposes.openFor(actor.username(), r.id()));
        Optional<CustomerView> view = own.or(() -> purpose.map(p -> CustomerView.FULL))
                .filter(v -> !fullOnly || v == CustomerView.FULL);
        if (view.isEmpty()) {
            audit.recordRead(AuditEntry.of("CUSTOMER_ACCESS_REFUSED", "customer", number, Map.of(
                    "section", section, "exists", row.isPresent())));
            throw unknown(number);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("view", view.get());
        details.put("section", section);
        purpose.ifPresent(p -> {
            details.putAll(p.auditDetails());
            purposes.countRead(p);
        });
        audit.recordRead(AuditEntry.of("CUSTOMER_VIEWED", "customer", number, details));
        return new CustomerGrant(row.get().id(), number, view.get(), actor.username());
    }

    /** The view this actor has of a customer assigned to that practitioner, if any. */
    Optional<CustomerView> viewOf(CurrentActor actor, String practitioner) {
        if (actor.username().equals(practitioner) && actor.actsAsPractitioner()) {
            return Optional.of(CustomerView.FULL);
        }
        if (actor.holds(Role.ASSISTANT) && directory.practitionersAssistedBy(actor.username()).contains(practitioner)) {
            return Optional.of(CustomerView.LOW_SENSITIVITY);
        }
        return Optional.empty();
    }

    /** The practitioners whose books this actor may list, and in which view. */
    Book bookOf(CurrentActor actor) {
        if (actor.actsAsPractitioner()) {
            return new Book(List.of(actor.username()), CustomerView.FULL);
        }
        if (actor.holds(Role.ASSISTANT)) {
            return new Book(directory.practitionersAssistedBy(actor.username()), CustomerView.LOW_SENSITIVITY);
        }
        return new Book(List.of(), CustomerView.LOW_SENSITIVITY);
    }

    record Book(List<String> practitioners, CustomerView view) {
    }

    static DomainRefusal unknown(String number) {
        return DomainRefusal.notFound("unknown-customer", "No customer " + number, number);
    }
}
