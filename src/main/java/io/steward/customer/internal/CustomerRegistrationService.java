package io.steward.customer.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.audit.AuditEntry;
import io.steward.audit.AuditTrail;
import io.steward.customer.CustomerBook;
import io.steward.customer.CustomerFacts;
import io.steward.customer.CustomerRegistration;
import io.steward.customer.IdentityDocument;
import io.steward.customer.PhoneNumber;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffMember;
import io.steward.organization.Team;
import io.steward.platform.DomainRefusal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CustomerRegistrationService implements CustomerRegistration {

    private final CustomerRows rows;
    private final PersonalData personal;
    private final Actors actors;
    private final StaffDirectory directory;
    private final CustomerBook book;
    private final CustomerTaskService tasks;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerRegistrationService(CustomerRows rows, PersonalData personal, Actors actors, StaffDirectory directory,
            CustomerBook book, CustomerTaskService tasks, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.personal = personal;
        this.actors = actors;
        this.directory = directory;
        this.book = book;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CustomerFacts register(NewCustomer request) {
        CurrentActor actor = actors.current();
        if (!actor.actsAsPractitioner()) {
            // QUAL-1: without a valid certificate a staff member may refer a customer, not take one on
            throw DomainRefusal.byRules("practitioner-certificate-required",
                    "Only a practitioner with a valid certificate today may register a customer", java.util.List.of("QUAL-1"));
        }
        return registerFor(actor.username(), request);
    }

    CustomerFacts registerFor(String practitioner, NewCustomer request) {
        LocalDate today = LocalDate.now(clock);
        if (request.birthDate().isAfter(today) || request.birthDate().isBefore(today.minusYears(130))) {
            throw DomainRefusal.invalid("birth-date", "A birth date lies between 130 years ago and today");
        }
        IdentityDocument document = IdentityDocument.of(request.identityType(), request.identityNumber())
                .validated(request.birthDate(), request.gender());
        String phone = PhoneNumber.normalize(request.phone());
        String identityHash = personal.identityHash(document.number());
        rows.numberWithIdentity(document.type(), identityHash).ifPresent(existing -> {
            throw DomainRefusal.conflict("duplicate-customer",
                    "A customer with this identity document is already registered");
        });
        String number = rows.nextNumber();
        OffsetDateTime now = OffsetDateTime.now(clock);
        CustomerRow row = new CustomerRow(0, number, request.fullName().strip(), request.gender(), request.birthDate(),
                document.type(), personal.encrypt(PersonalData.CUSTOMER_IDENTITY, document.number()),
                personal.encrypt(PersonalData.CUSTOMER_PHONE, phone), request.address().strip(),
                request.occupation().strip(), request.incomeBand(), request.familySituation(),
                request.investmentExperience(), practitioner, actors.current().username(), now.toInstant());
        long id = rows.insert(number, row, identityHash, personal.phoneHash(phone), now);
        audit.record(AuditEntry.of("CUSTOMER_CREATED", "customer", number, Map.of(
                "customerId", id, "practitioner", practitioner, "identityType", document.type())));
        return book.facts(id).orElseThrow();
    }

    @Override
    public CustomerFacts reassign(String number, Reassignment request) {
        CurrentActor manager = actors.current();
        CustomerRow customer = rows.findByNumber(number).orElseThrow(() -> CustomerScopes.unknown(number));
        String from = customer.practitioner();
        String to = request.practitioner().strip();
        if (!manager.holds(Role.DEPARTMENT_MANAGER) || !leadsTeamWith(manager.username(), from)) {
            // outside the manager's department the customer does not exist for them
            throw CustomerScopes.unknown(number);
        }
        if (to.equals(from)) {
            throw DomainRefusal.conflict("reassign-same-practitioner", "The customer is already assigned to " + to, to);
        }
        StaffMember target = directory.find(to).filter(member -> member.holds(Role.PRACTITIONER))
                .orElseThrow(() -> DomainRefusal.invalid("not-a-practitioner", to + " is not a practitioner", to));
        if (!leadsTeamWith(manager.username(), to)) {
            throw DomainRefusal.invalid("reassign-outside-team",
                    "Both practitioners must belong to a team you lead", to);
        }
        if (!directory.holdsValidCertificate(target.username(), LocalDate.now(clock))) {
            throw DomainRefusal.byRules("reassign-uncertified",
                    to + " holds no valid certificate today and cannot take on customers", java.util.List.of("QUAL-1"), to);
        }
        rows.reassign(customer.id(), to);
        tasks.reassignOpenTasks(customer.id(), from, to);
        audit.record(AuditEntry.of("CUSTOMER_REASSIGNED", "customer", number, Map.of(
                "from", from, "to", to, "reason", request.reason().strip())));
        return book.facts(customer.id()).orElseThrow();
    }

    private boolean leadsTeamWith(String manager, String member) {
        return directory.teamsLedBy(manager).stream().map(Team::members).anyMatch(members -> members.contains(member));
    }
}
