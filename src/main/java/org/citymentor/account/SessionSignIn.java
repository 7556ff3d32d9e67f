package org.citymentor.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a person in without their password, for a moment when they have just proved who
 * they are another way (accepting an invitation link sent to their address). Like a
 * sign-in with the form, it starts a new session id so a fixed session cannot be reused.
 */
@Component
public class SessionSignIn {

	private final AppUserRepository users;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SessionSignIn(AppUserRepository users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public void signIn(long userId, HttpServletRequest request, HttpServletResponse response) {
		CurrentUser principal = this.users.findById(userId)
			.filter(AppUser::isEnabled)
			.map(AppUser::toCurrentUser)
			.orElseThrow(NotFoundException::new);
		principal.eraseCredentials();
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		this.holder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		else {
			request.getSession(true);
		}
		this.repository.saveContext(context, request, response);
	}

}
