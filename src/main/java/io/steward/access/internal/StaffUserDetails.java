package io.steward.access.internal;

import io.steward.organization.Role;
import io.steward.organization.StaffDirectory;
import io.steward.organization.StaffDirectory.StaffCredentials;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs in staff from the organization's accounts; a locked or disabled account cannot sign in. */
@Service
class StaffUserDetails implements UserDetailsService {

    private final StaffDirectory directory;
    private final SignInLockout lockout;

    StaffUserDetails(StaffDirectory directory, SignInLockout lockout) {
        this.directory = directory;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffCredentials credentials = directory.credentialsOf(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown staff member"));
        return User.withUsername(credentials.username())
                .password(credentials.passwordHash())
                .disabled(!credentials.enabled())
                .accountLocked(lockout.isLocked(username))
                .authorities(credentials.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
