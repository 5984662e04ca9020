package io.steward.access.internal;

import io.steward.access.Actors;
import io.steward.access.CurrentActor;
import io.steward.organization.Institution;
import io.steward.organization.InstitutionTree;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffMember;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

@Service
class JdbcActors implements Actors {

    private final StaffDirectory directory;
    private final InstitutionTree tree;
    private final Clock clock;

    JdbcActors(StaffDirectory directory, InstitutionTree tree, Clock clock) {
        this.directory = directory;
        this.tree = tree;
        this.clock = clock;
    }

    @Override
    public CurrentActor current() {
        return currentIfSignedIn().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    @Override
    public Optional<CurrentActor> currentIfSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return directory.find(authentication.getName()).map(this::actor);
    }

    private CurrentActor actor(StaffMember member) {
        Institution institution = tree.find(member.institutionCode()).orElseThrow();
        boolean certified = directory.holdsValidCertificate(member.username(), LocalDate.now(clock));
        return new CurrentActor(member.username(), member.fullName(), member.roles(), institution.code(),
                institution.type(), certified);
    }
}
