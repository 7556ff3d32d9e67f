package org.citymentor.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	@Query("select u from AppUser u where lower(u.email) = lower(?1)")
	Optional<AppUser> findByEmail(String email);

	java.util.List<AppUser> findByRoleInAndEnabledTrueOrderByDisplayName(
			java.util.Collection<org.citymentor.shared.security.Role> roles);

	boolean existsByRole(org.citymentor.shared.security.Role role);

}
