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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

@Service
class JdbcActors implements Actors {

    private static final String KEY = CurrentActor.class.getName();

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

    /**
     * Asked several times while one request is handled (QUAL-1 here, the customer scope there): looked up once per
     * request and kept with it.
     */
    @Override
    public Optional<CurrentActor> currentIfSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST) instanceof CurrentActor known
                && known.username().equals(authentication.getName())) {
            return Optional.of(known);
        }
        Optional<CurrentActor> actor = directory.find(authentication.getName()).map(this::actor);
        if (request != null) {
            actor.ifPresent(found -> request.setAttribute(KEY, found, RequestAttributes.SCOPE_REQUEST));
        }
        return actor;
    }

    private CurrentActor actor(StaffMember member) {
        Institution institution = tree.find(member.institutionCode()).orElseThrow();
        boolean certified = directory.holdsValidCertificate(member.username(), LocalDate.now(clock));
        return new CurrentActor(member.username(), member.fullName(), member.roles(), institution.code(),
                institution.type(), certified);
    }
}
