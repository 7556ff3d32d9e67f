package org.citymentor.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AccountUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.users.findByEmail(email.trim())
			.filter(AppUser::hasPassword)
			.map(AppUser::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

}
