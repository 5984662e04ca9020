package io.steward.sales.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.organization.InstitutionTree;
import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.platform.DomainRefusal;
import io.steward.sales.CaseState;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ELDER-2 and MATCH-1: "the person in charge above the retail banking department of the branch shall ... witness
 * the sales process, make a second risk early warning with the customer and confirm the customer's purchase
 * intention", and sign. The witness is a RETAIL_HEAD of a branch or the head office above the customer's
 * institution, re-enters their password to sign, and is never the practitioner of the case.
 */
@Service
public class Witnessing {

    public record Signature(
            @NotBlank String password,
            @NotNull(message = "{sales.validation.second-warning}") @AssertTrue(message = "{sales.validation.second-warning}") Boolean secondRiskWarningGiven,
            @NotNull(message = "{sales.validation.intent-confirmed}") @AssertTrue(message = "{sales.validation.intent-confirmed}") Boolean intentConfirmed) {
    }

    private final Actors actors;
    private final InstitutionTree tree;
    private final StaffDirectory staff;
    private final PasswordEncoder passwords;
    private final SalesCaseRepository cases;
    private final CaseJournal journal;
    private final Clock clock;

    Witnessing(Actors actors, InstitutionTree tree, StaffDirectory staff, PasswordEncoder passwords,
            SalesCaseRepository cases, CaseJournal journal, Clock clock) {
        this.actors = actors;
        this.tree = tree;
        this.staff = staff;
        this.passwords = passwords;
        this.cases = cases;
        this.journal = journal;
        this.clock = clock;
    }

    /** The cases waiting for this retail head: in their institution's subtree, when they sit at a branch or above. */
    List<SalesCase> queue() {
        return cases.awaitingWitnessIn(scope(actors.current()));
    }

    @Transactional
    public CaseState witness(String number, Signature signature) {
        CurrentActor head = actors.current();
        SalesCase sale = cases.lockForMove(number);
        if (!scope(head).contains(sale.sale().institutionCode())) {
            throw DomainRefusal.notFound("unknown-case", "No such sales case", number);
        }
        String hash = staff.credentialsOf(head.username()).orElseThrow().passwordHash();
        if (!passwords.matches(signature.password(), hash)) {
            throw DomainRefusal.forbidden("witness-password", "The password does not match: the witness did not sign");
        }
        CaseEvent witnessed = sale.witnessed(head.username(), head.institutionCode(), clock.instant());
        cases.save(sale);
        journal.record(sale, witnessed, head.username());
        return sale.state();
    }

    private Set<String> scope(CurrentActor actor) {
        if (!actor.holds(Role.RETAIL_HEAD) || !actor.institutionType().isBranchOrAbove()) {
            return Set.of();
        }
        return tree.subtree(actor.institutionCode());
    }
}
