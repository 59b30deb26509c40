package fr.ploucs.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PloucsUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    PloucsUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username)
                .map(PloucsUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
